using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JjjMatch.BuildingBlocks.Persistence;

/// <summary>
/// Queues a service's saves for its SQLite file in this process, first come first served. SQLite takes one writer at a
/// time; without the queue, writers that find the file locked sleep in SQLite's busy handler (1, 2, 5 … 100 ms) and
/// the lock, once free, waits for whichever sleeper wakes first: under hundreds of simultaneous writes most of each
/// request's time was spent asleep (docs/benchmarks.md, "Many writers at once"). A save inside an explicit
/// transaction (the inbox's) is left to the busy handler, so a queued save never waits for one that waits for it.
/// </summary>
internal sealed class SqliteWriteGate : SaveChangesInterceptor, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly ConditionalWeakTable<DbContext, object> holders = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Queues(eventData.Context))
        {
            gate.Wait();
            holders.AddOrUpdate(eventData.Context!, this);
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        if (Queues(eventData.Context))
        {
            await gate.WaitAsync(cancellationToken);
            holders.AddOrUpdate(eventData.Context!, this);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default
    )
    {
        Release(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesFailedAsync(
        DbContextErrorEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Release(eventData.Context);

    public override Task SaveChangesCanceledAsync(
        DbContextEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        Release(eventData.Context);
        return Task.CompletedTask;
    }

    public void Dispose() => gate.Dispose();

    private static bool Queues(DbContext? context) =>
        context is not null && context.Database.CurrentTransaction is null;

    private void Release(DbContext? context)
    {
        if (context is not null && holders.Remove(context))
        {
            gate.Release();
        }
    }
}
