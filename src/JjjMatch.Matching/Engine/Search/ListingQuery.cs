namespace JjjMatch.Matching.Engine.Search;

/// <summary>
/// Free text (never query syntax) to rank documents of the filter's kind by; <paramref name="Top"/> hits at most.
/// </summary>
public sealed record ListingQuery(string Text, ListingFilter Filter, int Top = 10);
