using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace JjjMatch.BuildingBlocks.Persistence;

public sealed class UtcDateTimeConverter()
    : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc)
    );

public sealed class FenConverter()
    : ValueConverter<decimal, long>(
        value => (long)decimal.Round(value * 100m, MidpointRounding.AwayFromZero),
        value => value / 100m
    );

/// <summary>Stores a small list as JSON text, so one column works the same on SQLite and PostgreSQL.</summary>
public sealed class JsonListConverter<T>()
    : ValueConverter<List<T>, string>(
        value => JsonSerializer.Serialize(value, JsonListOptions.Options),
        json => JsonSerializer.Deserialize<List<T>>(json, JsonListOptions.Options) ?? new List<T>()
    );

public sealed class JsonListComparer<T>()
    : ValueComparer<List<T>>(
        (left, right) =>
            JsonSerializer.Serialize(left, JsonListOptions.Options)
            == JsonSerializer.Serialize(right, JsonListOptions.Options),
        list => JsonSerializer.Serialize(list, JsonListOptions.Options).GetHashCode(),
        list =>
            JsonSerializer.Deserialize<List<T>>(
                JsonSerializer.Serialize(list, JsonListOptions.Options),
                JsonListOptions.Options
            )!
    );

internal static class JsonListOptions
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
