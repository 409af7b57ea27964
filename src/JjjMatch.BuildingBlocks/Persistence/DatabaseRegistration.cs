using JjjMatch.BuildingBlocks.Health;
using JjjMatch.BuildingBlocks.Inbox;
using JjjMatch.BuildingBlocks.Outbox;
using JjjMatch.BuildingBlocks.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace JjjMatch.BuildingBlocks.Persistence;

public static class DatabaseRegistration
{
    /// <summary>
    /// Registers the service's own database on the configured provider and migrates it at start-up.
    /// The connection string is "ConnectionStrings:{service}"; SQLite falls back to a file in the data directory.
    /// </summary>
    public static IServiceCollection AddServiceDatabase<TContext>(
        this IServiceCollection services,
        IConfiguration configuration,
        string service
    )
        where TContext : ServiceDbContext
    {
        var options = configuration.GetSettings<DatabaseOptions>(DatabaseOptions.Section);
        var connectionString = configuration.GetConnectionString(service);
        if (options.Provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new SettingException(
                $"ConnectionStrings:{service} is required with Database:Provider={options.Provider} "
                    + $"(e.g. the environment variable ConnectionStrings__{service})."
            );
        }

        services.AddSettings<OutboxOptions>(configuration, OutboxOptions.Section);
        services.AddSingleton<OutboxSignal<TContext>>();
        // Once, not in the options callback: that runs for every DbContext, i.e. every request, and created the
        // directory each time.
        var sqliteConnectionString = new Lazy<string>(() =>
            connectionString ?? SqliteFile(options.DataDirectory, service)
        );
        var sqlitePragmas = new SqliteConnectionPragmas(SqliteBusyTimeout, options.SqliteSynchronous);
        var sqliteWriters = new SqliteWriterQueue(SqliteBusyTimeout);
        // Pooled, with options built once: building the options for every request cost about a tenth of a write's
        // CPU, and a new context's first use (its internal services) a fifth of a publish's (docs/benchmarks.md,
        // "Many writers at once"). A context keeps no state of its own between requests.
        services.AddDbContextPool<TContext>(
            (provider, builder) =>
            {
                builder
                    .UseProviderMigrations()
                    .AddInterceptors(
                        new OutboxSignalInterceptor<TContext>(provider.GetRequiredService<OutboxSignal<TContext>>())
                    );
                if (options.Provider == DatabaseProvider.Sqlite)
                {
                    builder.UseSqlite(sqliteConnectionString.Value).AddInterceptors(sqlitePragmas, sqliteWriters);
                }
                else
                {
                    builder.UseProvider(options.Provider, connectionString!);
                }

                // A database that does not exist yet fails its first connection before migration creates it; a real
                // connection failure still surfaces as an exception in whoever made the call. Each provider's model
                // snapshot is checked against the model by EF itself (PendingModelChangesWarning, an error).
                builder.ConfigureWarnings(w => w.Log((RelationalEventId.ConnectionError, LogLevel.Debug)));
            }
        );
        services.AddScoped<EventInbox<TContext>>();
        services.AddSingleton<DatabaseMigrator<TContext>>();
        services.AddSingleton<IDatabaseMigrator>(provider => provider.GetRequiredService<DatabaseMigrator<TContext>>());
        services.AddHostedService(provider => provider.GetRequiredService<DatabaseMigrator<TContext>>());
        services.AddHostedService<OutboxDispatcher<TContext>>();
        AddHealthChecks<TContext>(services, service.ToLowerInvariant(), options.Provider, connectionString);
        return services;
    }

    private static void AddHealthChecks<TContext>(
        IServiceCollection services,
        string name,
        DatabaseProvider provider,
        string? connectionString
    )
        where TContext : ServiceDbContext
    {
        var health = services.AddHealthChecks();
        string[] ready = [HealthTags.Ready];
        if (provider == DatabaseProvider.PostgreSql && connectionString is not null)
        {
            health.AddNpgSql(connectionString, name: $"{name}-database", tags: ready, timeout: DatabaseCheckTimeout);
        }
        else if (provider == DatabaseProvider.SqlServer && connectionString is not null)
        {
            health.AddSqlServer(connectionString, name: $"{name}-database", tags: ready, timeout: DatabaseCheckTimeout);
        }
        else
        {
            health.AddDbContextCheck<TContext>($"{name}-database", tags: ready);
        }

        health.AddCheck<OutboxBacklogCheck<TContext>>($"{name}-outbox", HealthStatus.Degraded, ready);
    }

    private static readonly TimeSpan DatabaseCheckTimeout = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan SqliteBusyTimeout = TimeSpan.FromSeconds(30);

    private static string SqliteFile(string dataDirectory, string service)
    {
        Directory.CreateDirectory(dataDirectory);
        var file = Path.Combine(dataDirectory, service.ToLowerInvariant() + ".db");
        return $"Data Source={file};Pooling=True;Default Timeout=30";
    }
}
