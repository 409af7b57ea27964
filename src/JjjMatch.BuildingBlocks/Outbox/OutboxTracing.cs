using System.Diagnostics;

namespace JjjMatch.BuildingBlocks.Outbox;

/// <summary>
/// Keeps a trace whole across the outbox: a row remembers the span that wrote it, and its publish, seconds later on
/// the dispatcher, starts a span under it, which MassTransit's publish (and so the consumer, in another service) joins.
/// Nothing is recorded or started while no one listens (no trace exporter).
/// </summary>
public static class OutboxTracing
{
    public const string SourceName = "JjjMatch.Outbox";

    /// <summary>A W3C traceparent: <c>00-</c>, 32 hex digits, <c>-</c>, 16 hex digits, <c>-</c>, 2 more.</summary>
    public const int TraceParentLength = 55;

    private static readonly ActivitySource Source = new(SourceName);

    /// <summary>The current span's traceparent while it is recorded (exported); null otherwise.</summary>
    public static string? Current =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C, Recorded: true } activity
        && activity.Id is { Length: TraceParentLength } id
            ? id
            : null;

    public static Activity? StartPublish(OutboxMessage message) =>
        message.TraceParent is { } parent && ActivityContext.TryParse(parent, null, out var context)
            ? Source
                .StartActivity("outbox publish", ActivityKind.Internal, context)
                ?.SetTag("messaging.message.id", message.EventId)
                .SetTag("jjjmatch.event_type", message.EventType)
            : null;
}
