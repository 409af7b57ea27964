namespace JjjMatch.Contracts.Demands;

public sealed record DemandOpened(Guid EventId, DateTimeOffset OccurredAt, string Producer, DemandSnapshot Demand)
    : IIntegrationEvent;

public sealed record DemandUpdated(Guid EventId, DateTimeOffset OccurredAt, string Producer, DemandSnapshot Demand)
    : IIntegrationEvent;

public enum DemandCloseReason
{
    Awarded,
    Closed,
    Expired,
}

/// <param name="Demand">
/// The demand as it left the market, with its <see cref="DemandSnapshot.Version"/>: a consumer that gets the closure
/// before an older opening or update keeps it closed. Null from releases before it.
/// </param>
/// <param name="DeclinedApplicantIds">
/// The organisations whose live applications the closure declined (for their notifications). Null from releases
/// before it.
/// </param>
public sealed record DemandClosed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid DemandId,
    DemandCloseReason Reason,
    DemandSnapshot? Demand = null,
    IReadOnlyList<Guid>? DeclinedApplicantIds = null
) : IIntegrationEvent;

/// <param name="ApplicantId">The applying organisation's id. Null from releases before it.</param>
/// <param name="DemandOwnerId">The enterprise that owns the demand. Null from releases before it.</param>
public sealed record ApplicationSubmitted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid DemandId,
    Guid ApplicationId,
    string ApplicantOrganisation,
    Guid? ApplicantId = null,
    Guid? DemandOwnerId = null
) : IIntegrationEvent;

/// <param name="ApplicantId">The winning organisation's id. Null from releases before it.</param>
public sealed record DemandAwarded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid DemandId,
    Guid ApplicationId,
    string ApplicantOrganisation,
    Guid? ApplicantId = null
) : IIntegrationEvent;
