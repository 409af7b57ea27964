using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Contracts;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.BuildingBlocks.Inbox;

/// <summary>
/// Applies an event at most once per consumer: the effect and the inbox row commit in one transaction,
/// so a redelivered event finds its row and changes nothing. A concurrent duplicate loses on the inbox
/// primary key, rolls back, and its retry finds the row.
/// </summary>
public sealed class EventInbox<TContext>(TContext db, TimeProvider time)
    where TContext : ServiceDbContext
{
    /// <returns>False when the event had been applied already.</returns>
    public async Task<bool> ApplyOnceAsync(
        IIntegrationEvent integrationEvent,
        string consumer,
        Func<CancellationToken, Task> effect,
        CancellationToken cancellationToken
    )
    {
        var eventId = integrationEvent.EventId;
        if (await db.InboxMessages.AnyAsync(m => m.EventId == eventId && m.Consumer == consumer, cancellationToken))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await effect(cancellationToken);
        db.InboxMessages.Add(
            new InboxMessage
            {
                EventId = eventId,
                Consumer = consumer,
                ProcessedAt = time.GetUtcNow().UtcDateTime,
            }
        );
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
