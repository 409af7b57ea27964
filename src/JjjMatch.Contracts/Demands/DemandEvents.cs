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

public sealed record DemandClosed(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid DemandId,
    DemandCloseReason Reason
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
