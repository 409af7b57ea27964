using System.Text.Json.Nodes;

namespace JjjMatch.Testing;

/// <summary>Request bodies as a client would send them: plain JSON, so tests exercise the real binding.</summary>
public static class DemandSamples
{
    public const string EnterpriseName = "唐山钢铁集团有限责任公司";
    public const string ContactName = "李建国";
    public const string ContactPhone = "13912345678";
    public const string ContactEmail = "li.jianguo@example.com.cn";

    public static JsonObject Valid(
        DateTimeOffset deadline,
        string title = "高炉煤气余热回收利用技术攻关",
        string industry = "钢铁-节能减排"
    ) =>
        new()
        {
            ["title"] = title,
            ["problemDescription"] =
                "我公司高炉煤气余热利用率不足30%，现有换热设备易结垢、效率低，急需高效、稳定的余热回收技术。",
            ["expectedOutcome"] = "余热回收效率提高到60%以上，并完成工业示范。",
            ["industry"] = industry,
            ["minimumMaturity"] = new JsonObject { ["scale"] = "TRL", ["level"] = 6 },
            ["bounty"] = new JsonObject { ["min"] = 1000000, ["max"] = 3000000 },
            // The Beijing day the instant falls on: the list closes at that day's end, so not before the instant.
            ["deadline"] = JjjMatch
                .Contracts.Shared.BeijingTime.DateOf(deadline.UtcDateTime)
                .ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["region"] = new JsonObject { ["province"] = "hebei", ["city"] = "唐山" },
            ["cooperationModes"] = new JsonArray("jointDevelopment", "technicalService"),
            ["anonymous"] = false,
            ["enterpriseName"] = EnterpriseName,
            ["contact"] = new JsonObject
            {
                ["name"] = ContactName,
                ["phone"] = ContactPhone,
                ["email"] = ContactEmail,
            },
        };

    public const string ApplicantContactName = "王揭榜";
    public const string ApplicantContactPhone = "13722223333";

    public static JsonObject Application(string organisation = "燕山大学") =>
        new()
        {
            ["applicantOrganisation"] = organisation,
            ["approachSummary"] = "采用新型热管换热器与相变储热相结合的方案，分级回收高炉煤气余热，并在线清除结垢。",
            ["team"] = "王教授领衔，团队12人，其中博士5人，长期从事冶金余热利用研究。",
            ["milestones"] = new JsonArray(
                new JsonObject { ["title"] = "实验室验证", ["month"] = 4 },
                new JsonObject { ["title"] = "工业示范", ["month"] = 12 }
            ),
            ["price"] = 2000000,
            ["durationMonths"] = 12,
            ["contact"] = new JsonObject { ["name"] = ApplicantContactName, ["phone"] = ApplicantContactPhone },
        };
}
