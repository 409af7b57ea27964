using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Contracts;

namespace JjjMatch.BuildingBlocks.Outbox;

public static class OutboxExtensions
{
    /// <summary>Queues the event in the outbox; it is stored by the same SaveChanges as the change itself.</summary>
    public static void AddIntegrationEvent(this ServiceDbContext db, IIntegrationEvent integrationEvent) =>
        db.OutboxMessages.Add(IntegrationEventSerializer.ToOutboxMessage(integrationEvent));
}
