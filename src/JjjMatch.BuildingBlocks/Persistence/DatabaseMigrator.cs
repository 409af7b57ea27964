using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace JjjMatch.BuildingBlocks.Persistence;

/// <summary>
/// Brings a service's database to the newest schema; command-line tools call it without starting the host.
/// </summary>
public interface IDatabaseMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken);
}

/// <summary>Brings the service's database to the newest schema before the host starts serving.</summary>
internal sealed class DatabaseMigrator<TContext>(
    IServiceScopeFactory scopes,
    ILogger<DatabaseMigrator<TContext>> logger
) : IHostedService, IDatabaseMigrator
    where TContext : ServiceDbContext
{
    public Task StartAsync(CancellationToken cancellationToken) => MigrateAsync(cancellationToken);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await CreateHistoryTableAsync(db, cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (db.Database.IsSqlite())
        {
            // WAL lets the outbox dispatcher read while a request writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
        if (pending.Count > 0)
        {
            logger.LogInformation("{Context}: applied migrations {Migrations}", typeof(TContext).Name, pending);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Npgsql finds out whether <c>__EFMigrationsHistory</c> exists by reading it, so on an empty database EF logs that
    /// failed query as an error (twice) although nothing is wrong. Created first, the table is there to be read.
    /// </summary>
    private static async Task CreateHistoryTableAsync(TContext db, CancellationToken cancellationToken)
    {
        var database = db.GetService<IRelationalDatabaseCreator>();
        if (!await database.ExistsAsync(cancellationToken))
        {
            await database.CreateAsync(cancellationToken);
        }

        try
        {
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        }
        catch (DbException)
        {
            // Two instances creating it at the same moment (PostgreSQL can refuse the second); MigrateAsync takes its
            // lock and goes on with the table the other made.
        }
    }
}
