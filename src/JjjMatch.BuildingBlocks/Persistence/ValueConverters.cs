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

/// <summary>
/// Compares lists item by item. The items are immutable (strings, enums, positional records), so a copy of the list
/// is a true snapshot: serialising both lists to JSON to compare them was a tenth of a write's EF Core work.
/// </summary>
public sealed class ListComparer<T>()
    : ValueComparer<List<T>>(
        (left, right) => left == right || (left != null && right != null && left.SequenceEqual(right)),
        list => list.Aggregate(0, (hash, item) => HashCode.Combine(hash, item)),
        list => list.ToList()
    );

internal static class JsonListOptions
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
