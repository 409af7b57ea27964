using System.Text.Json;
using System.Text.Json.Serialization;
using JjjMatch.BuildingBlocks.Validation;

namespace JjjMatch.BuildingBlocks.Http;

/// <summary>
/// Reads every JSON string in Unicode NFC, so that text typed with combining marks ("e" + U+0301) is stored, searched
/// and compared as the same text typed precomposed ("é").
/// </summary>
public sealed class NfcStringJsonConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? UserText.Normalize(reader.GetString()!)
            : throw new JsonException("Expected a string.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
