using System.Text.Json;
using JjjMatch.BuildingBlocks.Validation;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.BuildingBlocks.Http;

/// <summary>
/// What a value of each type looks like in the API, in the words the error messages and the OpenAPI descriptions
/// use. Calendar dates are Beijing dates; instants are ISO 8601 with their offset (responses: UTC).
/// </summary>
public static class ValueFormats
{
    public static readonly BilingualMessage Date = new(
        "a calendar date yyyy-MM-dd in Beijing time, e.g. 2026-12-07",
        "北京时间日期，格式 yyyy-MM-dd，如 2026-12-07"
    );

    public static readonly BilingualMessage Instant = new(
        "a date and time in ISO 8601 with its offset, e.g. 2026-12-07T18:00:00+08:00 (Beijing) or "
            + "2026-12-07T10:00:00Z (UTC)",
        "带时区的 ISO 8601 时间，如 2026-12-07T18:00:00+08:00（北京时间）"
    );

    /// <summary>What a JSON value of <paramref name="type"/> must be, as "must be …" completes it.</summary>
    public static BilingualMessage Of(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return new("a string", "字符串");
        }

        if (type == typeof(int) || type == typeof(long) || type == typeof(short))
        {
            return new("a whole number", "整数");
        }

        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
        {
            return new("a number (CNY amounts in yuan, at most two decimals)", "数字（金额单位为元，最多两位小数）");
        }

        if (type == typeof(bool))
        {
            return new("true or false", "true 或 false");
        }

        if (type == typeof(DateOnly))
        {
            return Date;
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return Instant;
        }

        if (type == typeof(Guid))
        {
            return new(
                "an id such as 3fa85f64-5717-4562-b3fc-2c963f66afa6",
                "ID，如 3fa85f64-5717-4562-b3fc-2c963f66afa6"
            );
        }

        if (type == typeof(CooperationModes))
        {
            var modes = Names(type, skipZero: true);
            return new($"an array of: {modes}, e.g. [\"assignment\"] ([] when not stated)", $"数组，元素可为：{modes}");
        }

        if (type.IsEnum)
        {
            var names = Names(type, skipZero: false);
            return new($"one of: {names}", $"以下之一：{names}");
        }

        return TextFieldsLike(type) ? new("an array", "数组") : new("an object", "对象");
    }

    /// <summary>The API's names of an enum's values: camelCase, as it reads and writes them.</summary>
    public static string Names(Type enumType, bool skipZero) =>
        string.Join(
            ", ",
            Enum.GetValues(enumType)
                .Cast<Enum>()
                .Where(v => !skipZero || Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0)
                .Select(v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()))
        );

    private static bool TextFieldsLike(Type type) =>
        type != typeof(string)
        && (type.IsArray || type.GetInterfaces().Any(i => i == typeof(System.Collections.IEnumerable)));
}
