namespace JjjMatch.Matching.Engine.Scoring;

/// <summary>The index's verdict on the pair's text: relevance in [0, 1] and the terms both sides share.</summary>
public sealed record TextRelevance(double Relevance, IReadOnlyList<string> MatchedTerms);
