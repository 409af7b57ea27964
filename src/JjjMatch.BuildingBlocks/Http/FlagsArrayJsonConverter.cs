using System.Text.Json;
using System.Text.Json.Serialization;
using JjjMatch.BuildingBlocks.Validation;

namespace JjjMatch.BuildingBlocks.Http;

/// <summary>
/// Writes a flags enum as an array of names (["assignment","equity"]) and reads it back; an unknown name is a JSON
/// error.
/// </summary>
public sealed class FlagsArrayJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected an array of {typeof(TEnum).Name} names.");
        }

        ulong value = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (EnumRules.Parse<TEnum>(name) is not { } flag)
            {
                throw new JsonException($"'{name}' is not a known {typeof(TEnum).Name} value.");
            }

            value |= Convert.ToUInt64(flag, System.Globalization.CultureInfo.InvariantCulture);
        }

        return (TEnum)Enum.ToObject(typeof(TEnum), value);
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (
            var flag in Enum.GetValues<TEnum>()
                .Where(f =>
                    Convert.ToUInt64(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(f)
                )
        )
        {
            writer.WriteStringValue(JsonNamingPolicy.CamelCase.ConvertName(flag.ToString()));
        }

        writer.WriteEndArray();
    }
}
