using System.Data.Common;
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
/// </summary>
internal sealed class SqliteConnectionPragmas(TimeSpan busyTimeout, SqliteSynchronous synchronous)
    : DbConnectionInterceptor
{
    private readonly string pragmas =
        $"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}; "
        + $"PRAGMA synchronous = {synchronous.ToString().ToUpperInvariant()};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection,
        ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        await using var command = Command(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = pragmas;
        return command;
    }
}
