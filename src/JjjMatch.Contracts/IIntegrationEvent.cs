namespace JjjMatch.Contracts;

/// <summary>
/// Every integration event names itself, says when it happened and which service produced it.
/// Events are versioned by adding optional fields only; nothing is ever renamed or removed.
/// </summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }
    DateTimeOffset OccurredAt { get; }
    string Producer { get; }
}
