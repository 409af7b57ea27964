using JjjMatch.Testing;
using Microsoft.AspNetCore.Hosting;

namespace JjjMatch.Security.Tests;

/// <summary>All three services in one host (the embedded default's shape) on a fresh set of databases.</summary>
/// <summary>
/// Every service; webhooks may point at loopback, so the leak scan can register some on any provider.
/// </summary>
public class MarketHost(DatabaseTarget target)
    : JjjMatchFactory(
        target,
        null,
        new Dictionary<string, string> { ["Notifications:Webhooks:AllowPrivateTargets"] = "true" }
    );

public sealed class SqliteMarket() : MarketHost(DatabaseTarget.Sqlite);

public sealed class PostgreSqlMarket() : MarketHost(DatabaseTarget.PostgreSql);

/// <summary>A host with extra settings on top of the test defaults.</summary>
public class ConfiguredHost(IReadOnlyDictionary<string, string> settings, string services = "achievements")
    : JjjMatchFactory(DatabaseTarget.Sqlite, services)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}

/// <summary>
/// A host that leaves demo accounts, demo data and the browsable API to what its shape makes of them, as on a real
/// server.
/// </summary>
public sealed class ShapeDefaultsHost(DatabaseTarget target, IReadOnlyDictionary<string, string> settings)
    : JjjMatchFactory(target, null, settings)
{
    protected override bool KeepsShapeDefaults => true;
}
