namespace JjjMatch.Matching.Engine.Search;

/// <summary>
/// One ranked document. <paramref name="Score"/> is the engine's raw score; <paramref name="Relevance"/> maps it
/// onto [0, 1] so it can be weighed against the structured factors; <paramref name="MatchedTerms"/> are the
/// analysed query terms the document contains, most telling first.
/// </summary>
public sealed record ListingHit(Guid Id, double Score, double Relevance, IReadOnlyList<string> MatchedTerms);
