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

/// <param name="Achievement">
/// The achievement as it left the market, with its <see cref="AchievementSnapshot.Version"/>: a consumer that gets
/// the withdrawal before an older publication or update keeps it withdrawn. Null from releases before it.
/// </param>
public sealed record AchievementWithdrawn(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid AchievementId,
    AchievementSnapshot? Achievement = null
) : IIntegrationEvent;

/// <param name="Achievement">As on <see cref="AchievementWithdrawn"/>.</param>
public sealed record AchievementTransferred(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid AchievementId,
    AchievementSnapshot? Achievement = null
) : IIntegrationEvent;
