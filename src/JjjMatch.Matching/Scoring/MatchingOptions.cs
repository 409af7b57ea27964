namespace JjjMatch.Matching.Scoring;

public sealed record MatchingOptions
{
    public ScoringWeights Weights { get; init; } = new();

    /// <summary>When true an achievement below the demand's minimum maturity is not suggested at all; otherwise it is penalised.</summary>
    public bool FilterBelowMinimumMaturity { get; init; }

    /// <summary>How many text candidates are re-scored with the structured factors before the top ones are kept.</summary>
    public int CandidatePoolSize { get; init; } = 100;
}
