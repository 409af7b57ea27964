using System.Text.Json;
using System.Text.Json.Serialization;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.BuildingBlocks.Http;

public static class ApiJson
{
    /// <summary>
    /// The API's JSON conventions: camelCase, enums by name, flag sets as arrays, strings in NFC, Chinese left
    /// readable.
    /// </summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new NfcStringJsonConverter());
        options.Converters.Add(new FlagsArrayJsonConverter<CooperationModes>());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }

    /// <summary>
    /// The server's reading of request bodies: the conventions above, and a field the API does not know is an error
    /// rather than silently dropped (a guessed "months" for "month").
    /// </summary>
    public static void ConfigureServer(JsonSerializerOptions options)
    {
        Configure(options);
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
    }
}
