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
public sealed record DemandClosed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid DemandId,
    DemandCloseReason Reason,
    DemandSnapshot? Demand = null
) : IIntegrationEvent;

public sealed record ApplicationSubmitted(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid DemandId,
    Guid ApplicationId,
    string ApplicantOrganisation
) : IIntegrationEvent;

public sealed record DemandAwarded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid DemandId,
    Guid ApplicationId,
    string ApplicantOrganisation
) : IIntegrationEvent;
