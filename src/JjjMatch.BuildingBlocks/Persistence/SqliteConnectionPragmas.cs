using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JjjMatch.BuildingBlocks.Persistence;

/// <summary>
/// Sets the per-connection pragmas of every SQLite connection.
/// <c>busy_timeout</c> lets SQLite itself wait for another writer's lock (its busy handler retries after 1, 2, 5,
/// 10 … ms): without it Microsoft.Data.Sqlite sees SQLITE_BUSY and sleeps 150 ms before each retry, which added
/// 150 ms steps to the end-to-end tail (docs/benchmarks.md).
/// <c>synchronous</c> (<see cref="DatabaseOptions.SqliteSynchronous"/>): with NORMAL in WAL mode a commit does not
/// wait for an fsync (4 ms each on the standard machine, taken one after another under the write lock); a killed
/// process still loses nothing it acknowledged, a power cut may lose the last commits (docs/operations.md).
/// Both stay with the SQLite handle, which Microsoft.Data.Sqlite's pool keeps across opens: they are set once per
/// handle, not at every open (parsing them was a tenth of a publish's SQLite work, docs/benchmarks.md).
/// </summary>
internal sealed class SqliteConnectionPragmas(TimeSpan busyTimeout, SqliteSynchronous synchronous)
    : DbConnectionInterceptor
{
    private readonly string pragmas =
        $"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}; "
        + $"PRAGMA synchronous = {synchronous.ToString().ToUpperInvariant()};";

    private readonly ConditionalWeakTable<object, object> configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsConfigured(connection))
        {
            return;
        }

        using var command = Command(connection);
        command.ExecuteNonQuery();
        Remember(connection);
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        if (IsConfigured(connection))
        {
            return;
        }

        await using var command = Command(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        Remember(connection);
    }

    private bool IsConfigured(DbConnection connection) => configured.TryGetValue(Handle(connection), out _);

    private void Remember(DbConnection connection) => configured.AddOrUpdate(Handle(connection), this);

    private static object Handle(DbConnection connection) => ((SqliteConnection)connection).Handle!;

    private DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = pragmas;
        return command;
    }
}
