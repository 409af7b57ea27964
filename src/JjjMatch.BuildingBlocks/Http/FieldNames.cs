using System.Text.Json;

namespace JjjMatch.BuildingBlocks.Http;

/// <summary>Names a bad field the way the client wrote it in JSON ("maturity.level", "keywords[2]").</summary>
public static class FieldNames
{
    /// <summary>
    /// A command that carries the request body names that property <c>Body</c>; the client never wrote "body.",
    /// so that segment is dropped.
    /// </summary>
    public static string ToJsonPath(string propertyName) =>
        string.Join(
            '.',
            propertyName
                .Split('.')
                .SkipWhile(segment => segment == "Body")
                // A header (If-Match) is named as it is written; JSON members in camelCase.
                .Select(segment =>
                    segment.Contains('-', StringComparison.Ordinal)
                        ? segment
                        : JsonNamingPolicy.CamelCase.ConvertName(segment)
                )
        );

    public static string FromJsonPath(string? path)
    {
        var trimmed = (path ?? "$").TrimStart('$').TrimStart('.');
        return trimmed.Length == 0 ? "body" : trimmed;
    }
}
