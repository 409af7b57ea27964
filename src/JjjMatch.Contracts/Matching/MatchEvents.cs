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
    IReadOnlyList<MatchFactor> Factors
) : IIntegrationEvent;

/// <summary>
/// A pending pair (suggested or claimed) scored again after one of its listings changed or the market around it moved,
/// by at least the matcher's <c>Matching:RescoreEventStep</c> (0.01) either way. Carries the score before and after,
/// so a consumer can tell a pair that crossed a threshold from one that moved within it.
/// </summary>
public sealed record MatchRescored(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid MatchId,
    Guid AchievementId,
    Guid DemandId,
    double PreviousScore,
    double Score,
    IReadOnlyList<string> MatchedTerms
) : IIntegrationEvent;

/// <summary>A broker took the pair up for review; the posters hear that someone is looking at it.</summary>
public sealed record MatchClaimed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid MatchId,
    Guid AchievementId,
    Guid DemandId,
    Guid BrokerOrganisationId
) : IIntegrationEvent;

public sealed record MatchWithdrawn(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid MatchId,
    string Reason
) : IIntegrationEvent;

/// <summary>
/// A broker made the introduction: from now on each side's owner may see the other side's contact (the listing
/// services keep that grant). Carries organisation ids only, never contacts or an anonymous enterprise's name.
/// </summary>
public sealed record MatchAccepted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid MatchId,
    Guid AchievementId,
    Guid AchievementOwnerId,
    Guid DemandId,
    Guid DemandOwnerId,
    Guid BrokerOrganisationId
) : IIntegrationEvent;

/// <summary>A broker turned the pair down; the structured reason is the posters' feedback.</summary>
public sealed record MatchRejected(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid MatchId,
    Guid AchievementId,
    Guid DemandId,
    string Reason,
    string? Note
) : IIntegrationEvent;
