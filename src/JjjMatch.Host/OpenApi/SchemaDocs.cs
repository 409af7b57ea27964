using System.Reflection;
using JjjMatch.BuildingBlocks.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace JjjMatch.Host.OpenApi;

/// <summary>
/// Says of every date and time field which kind it is: a Beijing calendar date (signing dates, statistics' periods)
/// or an instant (timestamps: answered in UTC, accepted with any offset).
/// </summary>
public sealed class SchemaDocs : ISchemaFilter
{
    private static readonly Dictionary<string, string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["deadline"] =
            "The last day the open list takes applications: "
            + ValueFormats.Date.English
            + "; it closes at the end of that day in Beijing (closesAt). Today or later, at most five years ahead "
            + "/ 截止日期（北京时间，当日结束时截止）",
        ["closesAt"] =
            "When the open list closes: a timestamp in UTC, the end of the deadline day in Beijing "
            + "(deadline 2027-06-30 closes at 2027-06-30T16:00:00Z) / 截止时刻（UTC）",
        ["signedOn"] =
            "The day the contract was signed: "
            + ValueFormats.Date.English
            + "; not after today in Beijing "
            + "/ 签订日期（北京时间）",
        ["level"] =
            "Technology readiness level 1–9 of GB/T 22900 (1 basic principles, 4 lab prototype, 6 pilot, "
            + "9 proven in production) / 成熟度等级",
        ["amount"] = "Contract amount in CNY (yuan), above 0, at most two decimals / 合同金额（元）",
        ["technologyAmount"] = "Of the amount, the technology transaction part in CNY (yuan) / 技术交易额（元）",
        ["min"] = "Lower end in CNY (yuan); null = open / 最低（元）",
        ["max"] = "Upper end in CNY (yuan); null = open / 最高（元）",
        ["price"] = "Proposed price in CNY (yuan) / 报价（元）",
        ["durationMonths"] = "Proposed duration in months, 1 to 120 / 实施周期（月）",
        ["month"] = "Month of the proposal in which the milestone falls, 1 to durationMonths / 里程碑所在月份",
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete || context.MemberInfo is not PropertyInfo property)
        {
            return;
        }

        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        var name = property.Name;
        concrete.Description ??= Fields.GetValueOrDefault(name)
            ?? (
                type == typeof(DateOnly) ? ValueFormats.Date.English + " / " + ValueFormats.Date.Chinese
                : type == typeof(DateTimeOffset) || type == typeof(DateTime)
                    ? "A timestamp in UTC (ISO 8601, e.g. 2026-12-07T02:30:00Z) / UTC 时间戳"
                : null
            );
    }
}
