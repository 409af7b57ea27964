using JjjMatch.Contracts.Matching;

namespace JjjMatch.Matching.Engine.Scoring;

/// <summary>
/// A pair's score with what each factor contributed (the contributions add up to <paramref name="Total"/>) and the
/// matched terms.
/// </summary>
public sealed record MatchScore(double Total, IReadOnlyList<MatchFactor> Factors, IReadOnlyList<string> MatchedTerms)
{
    public double ContributionOf(string factor) => Factors.FirstOrDefault(f => f.Name == factor)?.Contribution ?? 0;
}
