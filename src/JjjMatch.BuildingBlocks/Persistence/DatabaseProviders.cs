using Microsoft.EntityFrameworkCore;

namespace JjjMatch.BuildingBlocks.Persistence;

/// <summary>
/// Puts a service's context on one provider: the host at start-up and <c>dotnet ef</c> at design time go through here,
/// so the migrations scaffolded are those the host runs.
/// </summary>
public static class DatabaseProviders
{
    /// <summary>
    /// EF Core's name of each provider (<c>Database.ProviderName</c>, <c>MigrationBuilder.ActiveProvider</c>).
    /// </summary>
    public const string SqliteName = "Microsoft.EntityFrameworkCore.Sqlite";
    public const string PostgreSqlName = "Npgsql.EntityFrameworkCore.PostgreSQL";
    public const string SqlServerName = "Microsoft.EntityFrameworkCore.SqlServer";

    public static DbContextOptionsBuilder UseProvider(
        this DbContextOptionsBuilder builder,
        DatabaseProvider provider,
        string connectionString
    ) =>
        provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString),
            // No retrying execution strategy, as on PostgreSQL: it refuses the inbox's own transactions.
            DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString),
            _ => throw new Settings.SettingException($"Database:Provider '{provider}' is not known."),
        };

    /// <summary>The provider of a context that is already configured.</summary>
    public static DatabaseProvider Of(string? providerName) =>
        providerName switch
        {
            SqliteName => DatabaseProvider.Sqlite,
            PostgreSqlName => DatabaseProvider.PostgreSql,
            SqlServerName => DatabaseProvider.SqlServer,
            _ => throw new InvalidOperationException($"No migrations for the EF Core provider '{providerName}'."),
        };
}
