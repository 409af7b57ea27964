using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace JjjMatch.BuildingBlocks.Persistence;

/// <summary>
/// Lets SQLite itself wait for another writer's lock (its busy handler retries after 1, 2, 5, 10 … ms). Without it
/// Microsoft.Data.Sqlite sees SQLITE_BUSY and sleeps 150 ms before each retry, so two writers of one service (a
/// consumer and the outbox dispatcher) added 150 ms steps to the end-to-end tail (docs/benchmarks.md).
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor(TimeSpan timeout) : DbConnectionInterceptor
{
    private readonly string pragma = $"PRAGMA busy_timeout = {(int)timeout.TotalMilliseconds};";

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
        command.CommandText = pragma;
        return command;
    }
}
