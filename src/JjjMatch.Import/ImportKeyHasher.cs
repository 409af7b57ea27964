using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace JjjMatch.Import;

/// <summary>
/// The import key of a line: SHA-256 of its content with the properties sorted and the whitespace between tokens
/// removed, so a re-exported file with another key order or indentation is still recognised. The own schema's
/// "publish" flag is left out: importing a listing as a draft and again as published is importing it twice.
/// </summary>
public static class ImportKeyHasher
{
    public static string KeyOf(JsonObject line)
    {
        var normalised = Normalise(line, topLevel: true);
        var bytes = Encoding.UTF8.GetBytes(
            normalised?.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) ?? "null"
        );
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    private static JsonNode? Normalise(JsonNode? node, bool topLevel = false) =>
        node switch
        {
            JsonObject o => new JsonObject(
                o.Where(p => !(topLevel && p.Key == OwnSchemaLines.PublishProperty))
                    .OrderBy(p => p.Key, StringComparer.Ordinal)
                    .Select(p => KeyValuePair.Create(p.Key, Normalise(p.Value)))
            ),
            JsonArray a => new JsonArray([.. a.Select(item => Normalise(item))]),
            null => null,
            _ => node.DeepClone(),
        };
}
