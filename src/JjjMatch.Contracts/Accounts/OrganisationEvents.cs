namespace JjjMatch.Contracts.Accounts;

/// <summary>The operator vouched for the organisation (first approval, or lifting a suspension).</summary>
public sealed record OrganisationApproved(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid OrganisationId,
    string Name
) : IIntegrationEvent;

/// <summary>The operator refused a registration; the reason is the operator's note to the organisation.</summary>
public sealed record OrganisationRejected(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid OrganisationId,
    string Name,
    string Reason
) : IIntegrationEvent;

/// <summary>
/// The operator suspended an approved organisation: its public listings are marked, nothing is withdrawn, and its
/// pending pairs stay with the brokers.
/// </summary>
public sealed record OrganisationSuspended(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Producer,
    Guid OrganisationId,
    string Name,
    string Reason
) : IIntegrationEvent;
