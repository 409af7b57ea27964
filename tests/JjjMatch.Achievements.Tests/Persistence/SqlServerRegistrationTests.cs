using JjjMatch.Achievements.Persistence;
using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace JjjMatch.Achievements.Tests.Persistence;

/// <summary>
/// <c>Database:Provider=SqlServer</c> as the host registers it, without connecting (no SQL Server runs here).
/// </summary>
public sealed class SqlServerRegistrationTests
{
    private const string ConnectionString =
        "Server=db.example,1433;Database=jjjmatch_achievements;User Id=a;Password=b";

    [Fact]
    public void The_service_database_is_sql_server_with_its_own_readiness_check()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
                new Dictionary<string, string?>
                {
                    ["Database:Provider"] = "SqlServer",
                    ["ConnectionStrings:Achievements"] = ConnectionString,
                }
            )
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton(TimeProvider.System);
        services.AddServiceDatabase<AchievementsDbContext>(configuration, "Achievements");
        using var provider = services.BuildServiceProvider();
        using var scope = provider.CreateScope();

        var db = scope.ServiceProvider.GetRequiredService<AchievementsDbContext>();
        db.Database.ProviderName.ShouldBe(DatabaseProviders.SqlServerName);
        var connection = new SqlConnectionStringBuilder(db.Database.GetConnectionString());
        (connection.DataSource, connection.InitialCatalog).ShouldBe(("db.example,1433", "jjjmatch_achievements"));
        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.GetMigrations().ShouldAllBe(id => !id.StartsWith("20261122", StringComparison.Ordinal));
        var checks = provider.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations;
        checks.Select(r => r.Name).ShouldBe(["achievements-database", "achievements-outbox"], ignoreOrder: true);
        checks
            .Single(r => r.Name == "achievements-database")
            .Factory(provider)
            .GetType()
            .Name.ShouldBe("SqlServerHealthCheck");
    }
}
