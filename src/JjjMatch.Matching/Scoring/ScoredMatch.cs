namespace JjjMatch.Matching.Scoring;

public sealed record ScoredMatch(Guid AchievementId, Guid DemandId, MatchScore Score);
