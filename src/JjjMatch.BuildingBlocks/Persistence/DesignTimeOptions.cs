using Microsoft.EntityFrameworkCore;

namespace JjjMatch.BuildingBlocks.Persistence;

/// <summary>
/// Options for <c>dotnet ef</c> (each service's design-time factory): the provider comes from the arguments after
/// <c>--</c>, e.g. <c>dotnet ef migrations add X -- --provider SqlServer</c>. No connection is opened to scaffold a
/// migration or write a script, so the connection strings only name a database.
/// </summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<TContext> For<TContext>(string[] args)
        where TContext : ServiceDbContext
    {
        ArgumentNullException.ThrowIfNull(args);
        var index = Array.IndexOf(args, "--provider");
        var provider =
            index >= 0 && index + 1 < args.Length
                ? Enum.Parse<DatabaseProvider>(args[index + 1], ignoreCase: true)
                : DatabaseProvider.Sqlite;
        var connectionString = provider switch
        {
            DatabaseProvider.PostgreSql => "Host=localhost;Database=jjjmatch_design",
            DatabaseProvider.SqlServer => "Server=localhost;Database=jjjmatch_design;TrustServerCertificate=True",
            _ => "Data Source=jjjmatch-design.db",
        };
        var builder = new DbContextOptionsBuilder<TContext>();
        builder.UseProvider(provider, connectionString).UseProviderMigrations();
        return builder.Options;
    }
}
