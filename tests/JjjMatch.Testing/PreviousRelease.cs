using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Shouldly;

namespace JjjMatch.Testing;

/// <summary>
/// A service database brought only to an older migration and filled as that release wrote it, to check that the newer
/// migrations keep its rows.
/// </summary>
public static class PreviousRelease
{
    public static async Task<TContext> OpenAtAsync<TContext>(
        DatabaseTarget target,
        ServiceDatabases databases,
        string service,
        string migration
    )
        where TContext : ServiceDbContext
    {
        Directory.CreateDirectory(databases.DataDirectory);
        var builder = new DbContextOptionsBuilder<TContext>().ConfigureWarnings(w =>
            w.Ignore(RelationalEventId.PendingModelChangesWarning)
        );
        builder.UseProviderMigrations();
        var sqliteFile = Path.Combine(databases.DataDirectory, service.ToLowerInvariant() + ".db");
        _ =
            target == DatabaseTarget.Sqlite
                ? builder.UseSqlite($"Data Source={sqliteFile};Pooling=False")
                : builder.UseNpgsql(databases.Settings().Single(s => s.Key == $"ConnectionStrings:{service}").Value);
        var db = (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
        await db.GetService<IMigrator>().MigrateAsync(migration);
        return db;
    }

    /// <summary>
    /// Runs one INSERT as plain SQL (EF's raw SQL methods would read JSON braces as format placeholders).
    /// </summary>
    public static async Task InsertAsync(this DbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using (var command = db.Database.GetDbConnection().CreateCommand())
        {
            command.CommandText = sql;
            (await command.ExecuteNonQueryAsync()).ShouldBe(1);
        }

        await db.Database.CloseConnectionAsync();
    }

    /// <summary>A UTC time as an SQL literal each provider reads as that instant ("2026-11-01 08:00:00").</summary>
    public static string UtcLiteral(DatabaseTarget target, string utc) =>
        target == DatabaseTarget.Sqlite ? $"'{utc}'" : $"'{utc}+00'";
}
