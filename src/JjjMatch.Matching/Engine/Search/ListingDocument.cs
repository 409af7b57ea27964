namespace JjjMatch.Matching.Engine.Search;

/// <summary>What the index knows of a listing: its searchable fields and exact-match attributes for filters.</summary>
public sealed record ListingDocument(
    Guid Id,
    ListingKind Kind,
    string Title,
    string Text,
    IReadOnlyList<string> Keywords,
    bool IsActive,
    IReadOnlyDictionary<string, string> Attributes
)
{
    public static IReadOnlyDictionary<string, string> NoAttributes { get; } = new Dictionary<string, string>();
}
