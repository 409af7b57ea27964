using JjjMatch.BuildingBlocks.Observability;
using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Contracts;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.BuildingBlocks.Inbox;

/// <summary>
/// Applies an event at most once per consumer: the effect and the inbox row commit in one transaction,
/// so a redelivered event finds its row and changes nothing. A concurrent duplicate (two replicas handed the same
/// message, e.g. after one lost its broker connection mid-message) loses on the inbox primary key and rolls back.
/// Every duplicate is counted on <c>jjjmatch.inbox.duplicates</c>.
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
            return Duplicate(consumer);
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
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // The other copy committed first; its inbox row is visible once this transaction is out of the way.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            if (await db.InboxMessages.AnyAsync(m => m.EventId == eventId && m.Consumer == consumer, cancellationToken))
            {
                return Duplicate(consumer);
            }

            throw;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static bool Duplicate(string consumer)
    {
        JjjMetrics.InboxDuplicates.Add(1, new KeyValuePair<string, object?>("consumer", consumer));
        return false;
    }
}
