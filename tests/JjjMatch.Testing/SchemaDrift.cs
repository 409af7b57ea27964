using System.Data.Common;
using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Shouldly;

namespace JjjMatch.Testing;

/// <summary>
/// Migrations are hand-written, so nothing else would notice a model change without a migration: build one
/// database from the migrations and one from the model, and demand the same tables, columns, types and indexes.
/// </summary>
public static class SchemaDrift
{
    public static async Task AssertMigrationsMatchModelAsync<TContext>(DatabaseTarget target)
        where TContext : ServiceDbContext
    {
        using var databases = new ServiceDatabases(target);
        Directory.CreateDirectory(databases.DataDirectory);
        await using var migrated = Create<TContext>(target, databases, "Achievements");
        await using var created = Create<TContext>(target, databases, "Demands");

        await migrated.Database.MigrateAsync();
        await created.Database.EnsureCreatedAsync();

        var fromMigrations = await DescribeAsync(migrated, target);
        var fromModel = await DescribeAsync(created, target);
        fromMigrations.ShouldBe(fromModel, ignoreOrder: true);
        NpgsqlConnectionCleanup(target);
    }

    private static TContext Create<TContext>(DatabaseTarget target, ServiceDatabases databases, string slot)
        where TContext : ServiceDbContext
    {
        var settings = databases.Settings().ToDictionary(s => s.Key, s => s.Value);
        var builder = new DbContextOptionsBuilder<TContext>().ConfigureWarnings(w =>
            w.Ignore(RelationalEventId.PendingModelChangesWarning)
        );
        builder.UseProviderMigrations();
        _ =
            target == DatabaseTarget.Sqlite
                ? builder.UseSqlite($"Data Source={Path.Combine(databases.DataDirectory, slot + ".db")};Pooling=False")
                : builder.UseNpgsql(settings[$"ConnectionStrings:{slot}"]);
        return (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
    }

    private static async Task<List<string>> DescribeAsync(DbContext db, DatabaseTarget target)
    {
        var sql =
            target == DatabaseTarget.Sqlite
                ? """
                    SELECT m.name || '.' || p.name || ' ' || p.type
                        || CASE p."notnull" WHEN 1 THEN ' not null' ELSE '' END
                    FROM sqlite_master m JOIN pragma_table_info(m.name) p
                    WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'
                        AND m.name <> '__EFMigrationsHistory' AND m.name <> '__EFMigrationsLock'
                    UNION ALL
                    SELECT 'index ' || name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'
                    """
                : """
                    SELECT table_name || '.' || column_name || ' ' || data_type
                        || coalesce('(' || character_maximum_length || ')', '')
                        || CASE is_nullable WHEN 'NO' THEN ' not null' ELSE '' END
                    FROM information_schema.columns
                    WHERE table_schema = 'public' AND table_name NOT LIKE '__EFMigrations%'
                    UNION ALL
                    SELECT 'index ' || indexname FROM pg_indexes
                    WHERE schemaname = 'public' AND tablename NOT LIKE '__EFMigrations%'
                    """;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        await db.Database.CloseConnectionAsync();
        return rows;
    }

    private static void NpgsqlConnectionCleanup(DatabaseTarget target)
    {
        if (target == DatabaseTarget.PostgreSql)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
        }
    }
}
