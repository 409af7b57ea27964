using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.Host.OpenApi;

/// <summary>
/// An example of every response body: made from the response type itself (so it cannot drift from it), with values a
/// reader recognises by the field's name; and one problem document per error status (docs/api-errors.md).
/// </summary>
public static class ResponseExamples
{
    private const int Depth = 5;

    private static readonly Dictionary<string, JsonNode> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = "钢板表面缺陷视觉检测系统",
        ["name"] = "张晓明",
        ["summary"] = "基于深度学习的钢板表面缺陷在线视觉检测，识别划痕、裂纹，准确率99%。",
        ["description"] = "热轧产线在线检测，已完成中试。",
        ["problemDescription"] = "我公司高炉煤气余热利用率不足30%，急需高效、稳定的余热回收技术。",
        ["expectedOutcome"] = "余热回收效率提高到60%以上，并完成工业示范。",
        ["industry"] = "电子信息-人工智能",
        ["industryName"] = "Electronics and information",
        ["technologyField"] = "人工智能",
        ["province"] = "beijing",
        ["provinceName"] = "北京",
        ["city"] = "唐山",
        ["ownerInstitution"] = "北京理工大学",
        ["enterpriseName"] = "唐山钢铁集团有限责任公司",
        ["applicantOrganisation"] = "燕山大学",
        ["organisationName"] = "北京理工大学",
        ["brokerName"] = "京津冀技术转移中心",
        ["email"] = "zhang.xm@bit.edu.cn",
        ["phone"] = "010-68912345",
        ["scale"] = "TRL",
        ["level"] = 6,
        ["score"] = 0.82,
        ["rate"] = 0.4167,
        ["amount"] = 1200000.5,
        ["technologyAmount"] = 1000000,
        ["min"] = 500000,
        ["max"] = 800000,
        ["price"] = 2000000,
        ["page"] = 1,
        ["pageSize"] = 20,
        ["total"] = 1,
        ["version"] = 3,
        ["contractType"] = "licence",
        ["contractTypeName"] = "技术许可",
        ["contractNumber"] = "2026110100012",
        ["number"] = "ZL201720001285.X",
        ["keywords"] = new JsonArray("机器视觉", "缺陷检测"),
        ["role"] = "university",
        ["period"] = "2026-11",
        ["groupBy"] = "month",
        ["from"] = "2026-11-01",
        ["to"] = "2026-11-30",
        ["accessToken"] = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.…",
        ["tokenType"] = "Bearer",
        ["url"] = "https://example.com/hooks/jjjmatch",
    };

    private static readonly Dictionary<string, string> Problems = new(StringComparer.Ordinal)
    {
        ["400"] = """
            {
              "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
              "title": "One or more fields are invalid / 部分字段无效",
              "status": 400,
              "detail": "Every problem is listed under errors (English) and errorsZh (中文), by the field's JSON path.",
              "errors": {
                "title": ["'title' must not be empty."],
                "deadline": ["Must be a calendar date yyyy-MM-dd in Beijing time, e.g. 2026-12-07"],
                "pagesize": ["Unknown query parameter; the parameters here are: page, pageSize, status"]
              },
              "errorsZh": {
                "title": ["'title' 不能为空。"],
                "deadline": ["须为北京时间日期，格式 yyyy-MM-dd，如 2026-12-07"],
                "pagesize": ["未知查询参数；此处可用参数为：page, pageSize, status"]
              },
              "traceId": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00"
            }
            """,
        ["401"] = Simple(401, "15.5.2", "Unauthorized / 未认证", "Send a bearer token: Authorization: Bearer <token>"),
        ["403"] = Simple(
            403,
            "15.5.4",
            "Forbidden / 无权操作",
            "This pair is outside the regions and industries you cover"
        ),
        ["404"] = Simple(
            404,
            "15.5.5",
            "Not found / 未找到",
            "Demand 0193a4f2-6c1e-7d3a-9b2f-5e8c4d7a1b06 was not found."
        ),
        ["409"] = Simple(
            409,
            "15.5.10",
            "Conflict / 状态冲突",
            "The demand is awarded; only an open demand can take applications."
        ),
        ["413"] = Simple(413, "15.5.14", "Request body too large / 请求体过大", null),
        ["415"] = Simple(
            415,
            "15.5.16",
            "Unsupported media type / 不支持的媒体类型",
            "Send the body as JSON with Content-Type: application/json / 请以 application/json 发送请求体."
        ),
        ["429"] = Simple(429, "15.5.1", "Too many requests / 请求过多", "Try again in 42 seconds (Retry-After)"),
    };

    /// <summary>The problem document of a <paramref name="status"/> response; null for other statuses.</summary>
    public static JsonNode? Problem(string status) =>
        Problems.TryGetValue(status, out var json) ? JsonNode.Parse(json) : null;

    /// <summary>A body of <paramref name="type"/> as the API writes it (camelCase, enums as camelCase names).</summary>
    public static JsonNode? For(Type type) => Value(type, null, Depth);

    private static JsonNode? Value(Type type, string? name, int depth)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (name is not null && ByName.TryGetValue(name, out var known) && Fits(known, type))
        {
            return known.DeepClone();
        }

        return type switch
        {
            _ when type == typeof(string) => name is null ? "示例" : $"{name} 示例",
            _ when type == typeof(Guid) => "0193a4f2-6c1e-7d3a-9b2f-5e8c4d7a1b06",
            _ when type == typeof(DateOnly) => "2026-12-07",
            _ when type == typeof(DateTime) || type == typeof(DateTimeOffset) => "2026-12-07T02:30:00Z",
            _ when type == typeof(bool) => false,
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => 1,
            _ when type == typeof(decimal) || type == typeof(double) || type == typeof(float) => 1.5,
            _ when type == typeof(CooperationModes) => new JsonArray("assignment", "jointDevelopment"),
            _ when type.IsEnum => JsonNamingPolicy.CamelCase.ConvertName(Enum.GetNames(type)[0]),
            _ when depth == 0 => null,
            _ when Dictionary(type) is { } valueType => new JsonObject { ["key"] = Value(valueType, null, depth - 1) },
            _ when Element(type) is { } element => new JsonArray(Value(element, Singular(name), depth - 1)),
            _ when type == typeof(object) || type == typeof(JsonElement) || type.IsInterface => new JsonObject(),
            _ => Object(type, depth),
        };
    }

    private static JsonObject Object(Type type, int depth)
    {
        var json = new JsonObject();
        foreach (
            var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
        )
        {
            var name = property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            json[name] = Value(property.PropertyType, name, depth - 1);
        }

        return json;
    }

    private static bool Fits(JsonNode known, Type type) =>
        known switch
        {
            JsonArray => Element(type) is not null,
            JsonValue v when v.TryGetValue<string>(out _) => type == typeof(string) || type.IsEnum,
            _ => type != typeof(string) && !type.IsEnum && type.IsValueType,
        };

    private static Type? Element(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces()
            .Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0]
            is { } element
        && typeof(IEnumerable).IsAssignableFrom(type)
            ? element
        : null;

    private static Type? Dictionary(Type type) =>
        type.GetInterfaces()
            .Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            ?.GetGenericArguments()[1];

    private static string Simple(int status, string section, string title, string? detail) =>
        new JsonObject
        {
            ["type"] = $"https://tools.ietf.org/html/rfc9110#section-{section}",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00",
        }.ToJsonString();

    private static string? Singular(string? name) => name is { Length: > 1 } && name.EndsWith('s') ? name[..^1] : null;
}
