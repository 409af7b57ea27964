using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JjjMatch.BuildingBlocks.Outbox;

/// <summary>
/// Wakes the dispatcher of one database as soon as something was saved there, instead of waiting for the next poll.
/// </summary>
public sealed class OutboxSignal<TContext> : IDisposable
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Dispose() => wake.Dispose();

    public void Notify()
    {
        if (wake.CurrentCount == 0)
        {
            try
            {
                wake.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another writer woke it in between; once is enough.
            }
            catch (ObjectDisposedException)
            {
                // The service is stopping and its dispatcher with it; the row waits for the next start or instance.
            }
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        wake.WaitAsync(timeout, cancellationToken);
}

/// <summary>
/// Wakes the dispatcher after a save that wrote outbox rows, and only then: the dispatcher's own saves (and
/// saves with nothing to publish) must not wake it, or an idle service would spin. One instance serves every
/// context (the options are a singleton), so what a save wrote is remembered on the context itself.
/// </summary>
internal sealed class OutboxSignalInterceptor<TContext>(OutboxSignal<TContext> signal) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        Remember(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfWritten(eventData);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default
    )
    {
        NotifyIfWritten(eventData);
        return ValueTask.FromResult(result);
    }

    private static void Remember(DbContextEventData eventData)
    {
        if (eventData.Context is not ServiceDbContext context)
        {
            return;
        }

        // Outbox rows are always added explicitly, so they are found without detecting changes, which the save
        // itself does next: detecting twice was a twentieth of a write's CPU.
        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            context.SavingOutboxRows = tracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }

    private void NotifyIfWritten(DbContextEventData eventData)
    {
        if (eventData.Context is ServiceDbContext { SavingOutboxRows: true } context)
        {
            context.SavingOutboxRows = false;
            signal.Notify();
        }
    }
}
