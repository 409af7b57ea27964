using System.Reflection;
using System.Text;
using System.Text.Json;
using JjjMatch.BuildingBlocks.Validation;

namespace JjjMatch.BuildingBlocks.Http;

/// <summary>
/// Every problem of a JSON body that the serializer would stop at one at a time: each value of the wrong type and
/// each field the API does not know, with its path in the API's casing ("milestones[1].month").
/// </summary>
public static class JsonBodyProblems
{
    private const int MaxProblems = 50;

    public static IReadOnlyList<(string Path, BilingualMessage Message)> Find(
        JsonElement body,
        Type type,
        JsonSerializerOptions options
    )
    {
        var problems = new List<(string, BilingualMessage)>();
        Check(body, type, "", options, problems);
        return problems;
    }

    /// <summary>Where a syntax error is, for people: 1-based line and character (not byte) in that line.</summary>
    public static (long Line, long Character) Position(byte[] body, long lineIndex, long bytePositionInLine)
    {
        var start = 0;
        for (var line = 0L; line < lineIndex && start < body.Length; line++)
        {
            var next = Array.IndexOf(body, (byte)'\n', start);
            start = next < 0 ? body.Length : next + 1;
        }

        var length = (int)Math.Clamp(bytePositionInLine, 0, body.Length - start);
        return (lineIndex + 1, Encoding.UTF8.GetCharCount(body, start, length) + 1);
    }

    private static void Check(
        JsonElement value,
        Type type,
        string path,
        JsonSerializerOptions options,
        List<(string, BilingualMessage)> problems
    )
    {
        if (problems.Count >= MaxProblems)
        {
            return;
        }

        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (value.ValueKind == JsonValueKind.Null)
        {
            if (type.IsValueType && Nullable.GetUnderlyingType(type) is null)
            {
                problems.Add((Name(path), Expected(underlying)));
            }

            return;
        }

        if (IsLeaf(underlying))
        {
            try
            {
                value.Deserialize(underlying, options);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
            {
                problems.Add((Name(path), Expected(underlying)));
            }

            return;
        }

        if (ElementType(underlying) is { } element)
        {
            if (value.ValueKind != JsonValueKind.Array)
            {
                problems.Add((Name(path), Expected(underlying)));
                return;
            }

            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, element, $"{path}[{index++}]", options, problems);
            }

            return;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Add((Name(path), Expected(underlying)));
            return;
        }

        var properties = underlying
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToDictionary(
                p => options.PropertyNamingPolicy?.ConvertName(p.Name) ?? p.Name,
                StringComparer.OrdinalIgnoreCase
            );
        foreach (var field in value.EnumerateObject())
        {
            var fieldPath = path.Length == 0 ? field.Name : $"{path}.{field.Name}";
            if (properties.TryGetValue(field.Name, out var property))
            {
                Check(field.Value, property.PropertyType, fieldPath, options, problems);
            }
            else
            {
                var known = string.Join(", ", properties.Keys);
                problems.Add(
                    (
                        fieldPath,
                        new($"Unknown field; the fields here are: {known}", $"未知字段；此处可用字段为：{known}")
                    )
                );
            }
        }
    }

    private static BilingualMessage Expected(Type type)
    {
        var format = ValueFormats.Of(type);
        return new($"Must be {format.English}", $"须为{format.Chinese}");
    }

    private static string Name(string path) => path.Length == 0 ? "body" : path;

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive
        || type.IsEnum
        || type == typeof(string)
        || type == typeof(decimal)
        || type == typeof(DateOnly)
        || type == typeof(DateTime)
        || type == typeof(DateTimeOffset)
        || type == typeof(TimeSpan)
        || type == typeof(Guid);

    private static Type? ElementType(Type type) =>
        type.IsArray
            ? type.GetElementType()
            : type.GetInterfaces()
                .Append(type)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                ?.GetGenericArguments()[0];
}
