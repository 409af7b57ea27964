namespace JjjMatch.Contracts.Achievements;

public sealed record AchievementPublished(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    AchievementSnapshot Achievement
) : IIntegrationEvent;

/// <summary>A published achievement changed; carries the full new snapshot so consumers need no call back.</summary>
public sealed record AchievementUpdated(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    AchievementSnapshot Achievement
) : IIntegrationEvent;

public sealed record AchievementWithdrawn(Guid EventId, DateTimeOffset OccurredAt, string Producer, Guid AchievementId)
    : IIntegrationEvent;

public sealed record AchievementTransferred(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid AchievementId
) : IIntegrationEvent;
