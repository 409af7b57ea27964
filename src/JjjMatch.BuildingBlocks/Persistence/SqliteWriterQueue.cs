using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JjjMatch.BuildingBlocks.Persistence;

/// <summary>
/// Lets a service's transactions on one SQLite file take their turn in the process instead of in SQLite's busy
/// handler. SQLite admits one writer per file (a transaction begins IMMEDIATE); the others sleep in the busy handler
/// (1, 2, 5, 10 … ms) while holding a thread-pool thread, since Microsoft.Data.Sqlite's async calls block. Waiting
/// here is asynchronous and the next writer starts the moment the last one commits (docs/benchmarks.md, "Many
/// writers at once"). Writers in other processes and statements outside a transaction still meet SQLite's own lock,
/// and a turn not given within the busy timeout is not waited for any longer: the transaction then goes to SQLite,
/// as before.
/// </summary>
internal sealed class SqliteWriterQueue(TimeSpan busyTimeout)
    : IDbTransactionInterceptor,
        IDbConnectionInterceptor,
        IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private readonly Lock holderLock = new();

    // The EF connection (one per pooled context) whose transaction has the turn.
    private Guid? holder;

    public InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection,
        TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result
    )
    {
        if (turn.Wait(busyTimeout))
        {
            Hold(eventData.ConnectionId);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection,
        TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default
    )
    {
        if (await turn.WaitAsync(busyTimeout, cancellationToken))
        {
            Hold(eventData.ConnectionId);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        Release(eventData.ConnectionId);

    public Task TransactionCommittedAsync(
        DbTransaction transaction,
        TransactionEndEventData eventData,
        CancellationToken cancellationToken = default
    ) => Released(eventData.ConnectionId);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        Release(eventData.ConnectionId);

    public Task TransactionRolledBackAsync(
        DbTransaction transaction,
        TransactionEndEventData eventData,
        CancellationToken cancellationToken = default
    ) => Released(eventData.ConnectionId);

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) =>
        Release(eventData.ConnectionId);

    public Task TransactionFailedAsync(
        DbTransaction transaction,
        TransactionErrorEventData eventData,
        CancellationToken cancellationToken = default
    ) => Released(eventData.ConnectionId);

    // A transaction disposed without commit or rollback raises neither event; its connection still closes.
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) =>
        Release(eventData.ConnectionId);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData) =>
        Released(eventData.ConnectionId);

    public void Dispose() => turn.Dispose();

    private void Hold(Guid connection)
    {
        lock (holderLock)
        {
            holder = connection;
        }
    }

    private Task Released(Guid connection)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    private void Release(Guid connection)
    {
        lock (holderLock)
        {
            if (holder != connection)
            {
                return;
            }

            holder = null;
        }

        turn.Release();
    }
}
