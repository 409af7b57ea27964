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
    /// <summary>
    /// Grows whenever the listing's stored copy changes (<see cref="Indexing.IndexRevision"/>): an index kept on disk
    /// compares it with the database at start to re-index only what changed while it was closed. 0 when unknown.
    /// </summary>
    public long Revision { get; init; }

    public static IReadOnlyDictionary<string, string> NoAttributes { get; } = new Dictionary<string, string>();
}
