using JjjMatch.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Demands.Tests.Api;

/// <summary>The host with the demands service (alone unless told), on a clock that moves when a test says so.</summary>
public abstract class DemandsHost(DatabaseTarget target, string services = "demands")
    : JjjMatchFactory(target, services)
{
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    public ManualTimeProvider Clock { get; } = new(Start);

    /// <summary>
    /// The expiry worker's interval; a day keeps it out of the way, so tests expire demands by sending the command.
    /// </summary>
    protected virtual string ExpiryInterval => "1.00:00:00";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demands:Expiry:Interval", ExpiryInterval);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SqliteHost() : DemandsHost(DatabaseTarget.Sqlite);

public sealed class PostgreSqlHost() : DemandsHost(DatabaseTarget.PostgreSql);

/// <summary>A worker that looks every 100 ms, to see it expire demands by itself.</summary>
public sealed class EagerExpirySqliteHost() : DemandsHost(DatabaseTarget.Sqlite)
{
    protected override string ExpiryInterval => "00:00:00.100";
}

public sealed class EagerExpiryPostgreSqlHost() : DemandsHost(DatabaseTarget.PostgreSql)
{
    protected override string ExpiryInterval => "00:00:00.100";
}

/// <summary>Demands and matching in one process over the in-memory bus: the embedded default.</summary>
public sealed class MarketSqliteHost() : DemandsHost(DatabaseTarget.Sqlite, "demands,matching");

public sealed class MarketPostgreSqlHost() : DemandsHost(DatabaseTarget.PostgreSql, "demands,matching");

public sealed class DemandsApiOnSqlite(SqliteHost host) : DemandsApiTests(host), IClassFixture<SqliteHost>;

public sealed class DemandsApiOnPostgreSql(PostgreSqlHost host) : DemandsApiTests(host), IClassFixture<PostgreSqlHost>;

public sealed class ApplicationsApiOnSqlite(SqliteHost host) : ApplicationsApiTests(host), IClassFixture<SqliteHost>;

public sealed class ApplicationsApiOnPostgreSql(PostgreSqlHost host)
    : ApplicationsApiTests(host),
        IClassFixture<PostgreSqlHost>;

public sealed class ExpiryOnSqlite(SqliteHost host) : ExpiryTests(host), IClassFixture<SqliteHost>;

public sealed class ExpiryOnPostgreSql(PostgreSqlHost host) : ExpiryTests(host), IClassFixture<PostgreSqlHost>;

public sealed class ExpiryWorkerOnSqlite(EagerExpirySqliteHost host)
    : ExpiryWorkerTests(host),
        IClassFixture<EagerExpirySqliteHost>;

public sealed class ExpiryWorkerOnPostgreSql(EagerExpiryPostgreSqlHost host)
    : ExpiryWorkerTests(host),
        IClassFixture<EagerExpiryPostgreSqlHost>;

public sealed class BadInputOnSqlite(SqliteHost host) : BadInputTests(host), IClassFixture<SqliteHost>;

public sealed class BadInputOnPostgreSql(PostgreSqlHost host) : BadInputTests(host), IClassFixture<PostgreSqlHost>;

public sealed class ListingOnSqlite(SqliteHost host) : ListingTests(host), IClassFixture<SqliteHost>;

public sealed class ListingOnPostgreSql(PostgreSqlHost host) : ListingTests(host), IClassFixture<PostgreSqlHost>;

public sealed class MarketFlowOnSqlite(MarketSqliteHost host) : MarketFlowTests(host), IClassFixture<MarketSqliteHost>;

public sealed class MarketFlowOnPostgreSql(MarketPostgreSqlHost host)
    : MarketFlowTests(host),
        IClassFixture<MarketPostgreSqlHost>;
