using JjjMatch.Contracts.Matching;
using JjjMatch.Matching.Matches;

namespace JjjMatch.Matching.Features.Matches;

/// <summary>A suggestion with its explanation: each factor's contribution (they add up to the score) and the matched terms.</summary>
public sealed record MatchResponse(
    Guid Id,
    Guid AchievementId,
    string? AchievementTitle,
    Guid DemandId,
    string? DemandTitle,
    double Score,
    IReadOnlyList<MatchFactor> Factors,
    IReadOnlyList<string> MatchedTerms,
    MatchStatus Status,
    string? WithdrawnReason,
    DateTime SuggestedAt,
    DateTime UpdatedAt);
