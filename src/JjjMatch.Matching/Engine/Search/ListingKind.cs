namespace JjjMatch.Matching.Engine.Search;

/// <summary>Which side of the market a listing is on; each kind is searched as its own collection.</summary>
public enum ListingKind
{
    Achievement,
    Demand,
}
