using System.Text.Json;
using System.Text.Json.Serialization;
using JjjMatch.Contracts;

namespace JjjMatch.BuildingBlocks.Outbox;

/// <summary>How an event is kept in the outbox: its contract type name and its JSON.</summary>
public static class IntegrationEventSerializer
{
    public static JsonSerializerOptions Options { get; } =
        new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static OutboxMessage ToOutboxMessage(IIntegrationEvent integrationEvent) =>
        new()
        {
            EventId = integrationEvent.EventId,
            EventType = integrationEvent.GetType().FullName!,
            Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options),
            OccurredAt = integrationEvent.OccurredAt.UtcDateTime,
            CorrelationId = Observability.Correlation.Current,
            TraceParent = OutboxTracing.Current,
        };

    public static (IIntegrationEvent Event, Type Type) FromOutboxMessage(OutboxMessage message)
    {
        var type = typeof(IIntegrationEvent).Assembly.GetType(message.EventType)
            ?? throw new InvalidOperationException($"Unknown integration event type '{message.EventType}'.");
        var integrationEvent = (IIntegrationEvent)JsonSerializer.Deserialize(message.Payload, type, Options)!;
        return (integrationEvent, type);
    }
}
