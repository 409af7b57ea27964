namespace JjjMatch.Matching.Engine.Scoring;

/// <summary>
/// How much each factor can add to (or, where it can be negative, take from) a match score. Each factor yields a
/// value in [-1, 1] (text in [0, 1]) that is multiplied by its weight; the defaults sum to 1 so a perfect match scores
/// 1.
/// Text dominates because it is the only factor that says the achievement solves this problem.
/// </summary>
public sealed record ScoringWeights
{
    public double Text { get; init; } = 0.60;

    public double Industry { get; init; } = 0.10;

    public double Maturity { get; init; } = 0.08;

    public double Region { get; init; } = 0.07;

    public double Price { get; init; } = 0.06;

    public double Cooperation { get; init; } = 0.05;

    public double Patents { get; init; } = 0.04;
}
