namespace JjjMatch.BuildingBlocks.Outbox;

/// <summary>
/// An integration event waiting to be published, written in the same transaction as the change it reports.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Database-assigned order of writing; the dispatcher publishes strictly in this order.</summary>
    public long Sequence { get; set; }

    public Guid EventId { get; set; }

    public required string EventType { get; set; }

    public required string Payload { get; set; }

    public DateTime OccurredAt { get; set; }

    public DateTime? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>The correlation id of the request or message that caused the event.</summary>
    public string? CorrelationId { get; set; }

    /// <summary>
    /// The W3C <c>traceparent</c> of the span that wrote the event, while traces are recorded: its publish continues
    /// that trace (<see cref="OutboxTracing"/>).
    /// </summary>
    public string? TraceParent { get; set; }

    /// <summary>
    /// Until when one dispatcher (<see cref="LeasedBy"/>) has the row to itself: the others skip it, and take it over
    /// once the lease has run out without the row being sent (its dispatcher died).
    /// </summary>
    public DateTime? LeasedUntil { get; set; }

    public string? LeasedBy { get; set; }
}
