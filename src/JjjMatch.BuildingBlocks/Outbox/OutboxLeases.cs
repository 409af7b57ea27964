using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.BuildingBlocks.Outbox;

/// <summary>
/// Several instances of one service share its outbox; each row is leased to one dispatcher at a time, so the others
/// skip it. A lease runs out after <see cref="OutboxOptions.LeaseDuration"/>: rows of a dispatcher that died are taken
/// over then, and published again at most once per such death if they had reached the broker unmarked.
/// </summary>
internal static class OutboxLeases
{
    public const int HolderLength = 100;

    /// <summary>
    /// Leases up to <paramref name="batchSize"/> unsent rows nobody holds, oldest first, in one statement: on
    /// PostgreSQL <c>FOR UPDATE SKIP LOCKED</c> lets two dispatchers claim at once without waiting for or taking each
    /// other's rows; on SQL Server <c>UPDLOCK, READPAST, ROWLOCK</c> do the same (READPAST skips rows another
    /// dispatcher holds, UPDLOCK keeps a row read for the update from being claimed twice); SQLite has one writer at
    /// a time, so the UPDATE alone is enough.
    /// </summary>
    /// <returns>The leased rows, tracked, in write order.</returns>
    public static async Task<List<OutboxMessage>> ClaimAsync(
        this ServiceDbContext db,
        string holder,
        int batchSize,
        DateTime now,
        TimeSpan lease,
        CancellationToken cancellationToken
    )
    {
        var until = now + lease;
        var claim = DatabaseProviders.Of(db.Database.ProviderName) switch
        {
            DatabaseProvider.PostgreSql => db.OutboxMessages.FromSql(
                $"""
                UPDATE "OutboxMessages" SET "LeasedUntil" = {until}, "LeasedBy" = {holder}
                WHERE "Sequence" IN (
                    SELECT "Sequence" FROM "OutboxMessages"
                    WHERE "SentAt" IS NULL AND ("LeasedUntil" IS NULL OR "LeasedUntil" < {now})
                    ORDER BY "Sequence" LIMIT {batchSize}
                    FOR UPDATE SKIP LOCKED)
                RETURNING *
                """
            ),
            DatabaseProvider.SqlServer => db.OutboxMessages.FromSql(
                $"""
                WITH [Batch] AS (
                    SELECT TOP ({batchSize}) * FROM [OutboxMessages] WITH (UPDLOCK, READPAST, ROWLOCK)
                    WHERE [SentAt] IS NULL AND ([LeasedUntil] IS NULL OR [LeasedUntil] < {now})
                    ORDER BY [Sequence])
                UPDATE [Batch] SET [LeasedUntil] = {until}, [LeasedBy] = {holder}
                OUTPUT inserted.*;
                """
            ),
            _ => db.OutboxMessages.FromSql(
                $"""
                UPDATE "OutboxMessages" SET "LeasedUntil" = {until}, "LeasedBy" = {holder}
                WHERE "Sequence" IN (
                    SELECT "Sequence" FROM "OutboxMessages"
                    WHERE "SentAt" IS NULL AND ("LeasedUntil" IS NULL OR "LeasedUntil" < {now})
                    ORDER BY "Sequence" LIMIT {batchSize})
                RETURNING *
                """
            ),
        };
        // Not composed with LINQ: EF sends the statement as written (an UPDATE cannot be a subquery).
        var rows = await claim.ToListAsync(cancellationToken);
        return [.. rows.OrderBy(m => m.Sequence)];
    }

    /// <summary>A dispatcher's name in <see cref="OutboxMessage.LeasedBy"/>: host, process and instance.</summary>
    public static string NewHolder()
    {
        var name = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return name.Length <= HolderLength ? name : name[^HolderLength..];
    }
}
