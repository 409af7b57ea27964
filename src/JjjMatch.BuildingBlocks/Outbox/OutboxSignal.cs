using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JjjMatch.BuildingBlocks.Outbox;

/// <summary>Wakes the dispatcher of one database as soon as something was saved there, instead of waiting for the next poll.</summary>
public sealed class OutboxSignal<TContext>
{
    private readonly SemaphoreSlim wake = new(0, 1);

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
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => wake.WaitAsync(timeout, cancellationToken);
}

internal sealed class OutboxSignalInterceptor<TContext>(OutboxSignal<TContext> signal) : SaveChangesInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        signal.Notify();
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        signal.Notify();
        return result;
    }
}
