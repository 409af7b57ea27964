using System.Text.Json.Serialization;

namespace JjjMatch.Matching.Engine.Search.Elasticsearch;

/// <summary>
/// A listing as stored in its index (<c>_source</c>); names fixed here, whatever the serializer's policy.
/// </summary>
public sealed record ListingSource(
    [property: JsonPropertyName(ListingSource.KindField)] string Kind,
    [property: JsonPropertyName(ListingSource.ActiveField)] bool Active,
    [property: JsonPropertyName(ListingSource.TitleField)] string Title,
    [property: JsonPropertyName(ListingSource.KeywordsField)] IReadOnlyList<string> Keywords,
    [property: JsonPropertyName(ListingSource.TextField)] string Text,
    [property: JsonPropertyName(ListingSource.AttributesField)] IReadOnlyDictionary<string, string> Attributes
)
{
    public const string KindField = "kind";
    public const string ActiveField = "active";
    public const string TitleField = "title";
    public const string KeywordsField = "keywords";
    public const string TextField = "text";
    public const string AttributesField = "attributes";

    /// <summary>The analysed text fields; each has an <c>english</c> sub-field.</summary>
    public static readonly string[] TextFields = [TitleField, KeywordsField, TextField];

    public const string EnglishSubField = "english";

    public static ListingSource From(ListingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ListingSource(
            ElasticsearchOptions.KindValue(document.Kind),
            document.IsActive,
            document.Title,
            document.Keywords,
            document.Text,
            document.Attributes
        );
    }
}
