using System.Text.Json;
using System.Text.Json.Nodes;
using JjjMatch.BuildingBlocks.Http;

namespace JjjMatch.Import;

/// <summary>
/// The product's own schema: each line is the API's request body, plus an optional "publish": false to keep a draft.
/// </summary>
public static class OwnSchemaLines
{
    public const string PublishProperty = "publish";

    private static readonly IReadOnlyDictionary<string, string> NoSourceFields = new Dictionary<string, string>();

    /// <summary>The API's JSON options (camelCase, enums by name, flag sets as arrays).</summary>
    public static JsonSerializerOptions Json { get; } = CreateOptions();

    public static MappedListing<TInput> Read<TInput>(JsonObject line)
        where TInput : class
    {
        var publish = true;
        if (line[PublishProperty] is { } flag)
        {
            publish = flag.GetValueKind() switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new ImportLineException($"{PublishProperty}: must be true or false"),
            };
        }

        try
        {
            var body = line.Deserialize<TInput>(Json) ?? throw new ImportLineException("body: expected a JSON object");
            return new MappedListing<TInput>(body, publish, NoSourceFields);
        }
        catch (JsonException e)
        {
            throw new ImportLineException($"{FieldNames.FromJsonPath(e.Path)}: {WithoutPosition(e.Message)}");
        }
    }

    /// <summary>
    /// System.Text.Json appends "Path: … | LineNumber: …" to its messages; the field is named already.
    /// </summary>
    public static string WithoutPosition(string message)
    {
        var at = message.IndexOf(" Path:", StringComparison.Ordinal);
        return at < 0 ? message : message[..at];
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        ApiJson.Configure(options);
        return options;
    }
}
