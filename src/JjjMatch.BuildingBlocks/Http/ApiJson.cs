using System.Text.Json;
using System.Text.Json.Serialization;
using JjjMatch.Contracts.Shared;

namespace JjjMatch.BuildingBlocks.Http;

public static class ApiJson
{
    /// <summary>
    /// The API's JSON conventions: camelCase, enums by name, flag sets as arrays, Chinese left readable.
    /// </summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new FlagsArrayJsonConverter<CooperationModes>());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    }
}
