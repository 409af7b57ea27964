namespace JjjMatch.Matching.Engine.Scoring;

public sealed record ScoredMatch(Guid AchievementId, Guid DemandId, MatchScore Score);
