namespace JjjMatch.Contracts.Matching;

public sealed record MatchFactor(string Name, double Contribution);

public sealed record MatchSuggested(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid MatchId,
    Guid AchievementId,
    Guid DemandId,
    double Score,
    IReadOnlyList<string> MatchedTerms,
    IReadOnlyList<MatchFactor> Factors)
    : IIntegrationEvent;

public sealed record MatchWithdrawn(Guid EventId, DateTimeOffset OccurredAt, string Producer, Guid MatchId, string Reason)
    : IIntegrationEvent;
