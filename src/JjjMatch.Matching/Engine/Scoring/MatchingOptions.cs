namespace JjjMatch.Matching.Engine.Scoring;

/// <summary>Configuration section "Matching".</summary>
public sealed record MatchingOptions
{
    public const string Section = "Matching";

    public ScoringWeights Weights { get; init; } = new();

    /// <summary>
    /// When true an achievement below the demand's minimum maturity is not suggested at all; otherwise it is penalised.
    /// </summary>
    public bool FilterBelowMinimumMaturity { get; init; }

    /// <summary>
    /// How many text candidates are re-scored with the structured factors before the top ones are kept.
    /// </summary>
    public int CandidatePoolSize { get; init; } = 100;

    /// <summary>How many suggestions each listing's own search keeps.</summary>
    public int TopK { get; init; } = 10;

    /// <summary>Scores below this are not worth a broker's time and are not suggested.</summary>
    public double MinimumScore { get; init; } = 0.15;

    /// <summary>
    /// Structured fit cannot stand in for relevance: a pair whose texts barely meet (a few shared characters)
    /// is not suggested however well region, industry and price agree.
    /// </summary>
    public double MinimumTextRelevance { get; init; } = 0.1;

    /// <summary>A pending pair's new score publishes <c>MatchRescored</c> only when it moved this much.</summary>
    public double RescoreEventStep { get; init; } = 0.01;

    /// <summary>
    /// How often <see cref="Suggestions.MarketCatchUp"/> looks for listings compared with a much smaller market; zero
    /// turns it off.
    /// </summary>
    public TimeSpan CatchUpInterval { get; init; } = TimeSpan.FromSeconds(30);
}
