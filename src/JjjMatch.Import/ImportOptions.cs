namespace JjjMatch.Import;

public enum ListingKind
{
    Achievements,
    Demands,
}

public enum SourceFormat
{
    /// <summary>Per line: a line with "name" and "context" is zhibei, anything else the product's own schema.</summary>
    Auto,

    /// <summary>
    /// The API's request body (POST /api/achievements or /api/demands), plus an optional "publish": false.
    /// </summary>
    JjjMatch,

    /// <summary>
    /// The export shape of the Chinese technology market listings (../shared/data/bench/zhibei-listings).
    /// </summary>
    Zhibei,
}

/// <param name="ExtendDeadlines">Moves a demand deadline that has passed to now + this many days, so the demand
/// opens.</param>
/// <param name="OwnerId">The organisation the imported listings belong to; empty when none is given.</param>
public sealed record ImportOptions(
    ListingKind Kind,
    SourceFormat Format = SourceFormat.Auto,
    int? ExtendDeadlines = null,
    Guid OwnerId = default
);
