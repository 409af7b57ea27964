using JjjMatch.BuildingBlocks.Persistence;
using JjjMatch.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.BuildingBlocks.Inbox;

/// <summary>
/// Applies an event at most once per consumer: the effect and the inbox row commit together, so a
/// redelivered message finds its row and changes nothing.
/// </summary>
public abstract class IdempotentConsumer<TEvent, TContext>(TContext db, TimeProvider time) : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
    where TContext : ServiceDbContext
{
    protected TContext Db => db;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var consumer = GetType().Name;
        var eventId = context.Message.EventId;
        var cancellationToken = context.CancellationToken;
        if (await db.InboxMessages.AnyAsync(m => m.EventId == eventId && m.Consumer == consumer, cancellationToken))
        {
            return;
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await ApplyAsync(context.Message, cancellationToken);
            db.InboxMessages.Add(new InboxMessage { EventId = eventId, Consumer = consumer, ProcessedAt = time.GetUtcNow().UtcDateTime });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await AfterCommitAsync(context.Message, cancellationToken);
    }

    /// <summary>The effect on this service's database; saved in the same transaction as the inbox row.</summary>
    protected abstract Task ApplyAsync(TEvent message, CancellationToken cancellationToken);

    /// <summary>Work outside the database (e.g. updating an index) that must only follow a committed effect.</summary>
    protected virtual Task AfterCommitAsync(TEvent message, CancellationToken cancellationToken) => Task.CompletedTask;
}
