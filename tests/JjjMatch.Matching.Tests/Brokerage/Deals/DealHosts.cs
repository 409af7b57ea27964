using JjjMatch.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Matching.Tests.Brokerage.Deals;

/// <summary>The matching service alone on fresh databases, on a clock that moves only when a test says so.</summary>
public abstract class DealsHost(DatabaseTarget target, DateTimeOffset? start = null)
    : JjjMatchFactory(target, "matching")
{
    /// <summary>Noon of 1 December 2026 in Beijing.</summary>
    public static readonly DateTimeOffset Start = new(2026, 12, 1, 4, 0, 0, TimeSpan.Zero);

    public ManualTimeProvider Clock { get; } = new(start ?? Start);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SqliteDealsHost() : DealsHost(DatabaseTarget.Sqlite);

public sealed class PostgreSqlDealsHost() : DealsHost(DatabaseTarget.PostgreSql);

public sealed class DealRulesOnSqlite(SqliteDealsHost host) : DealRulesTests(host), IClassFixture<SqliteDealsHost>;

public sealed class DealRulesOnPostgreSql(PostgreSqlDealsHost host)
    : DealRulesTests(host),
        IClassFixture<PostgreSqlDealsHost>;

public sealed class DealExportOnSqlite(SqliteDealsHost host) : DealExportTests(host), IClassFixture<SqliteDealsHost>;

public sealed class DealExportOnPostgreSql(PostgreSqlDealsHost host)
    : DealExportTests(host),
        IClassFixture<PostgreSqlDealsHost>;

public sealed class DealListOnSqlite(SqliteDealsHost host) : DealListTests(host), IClassFixture<SqliteDealsHost>;

public sealed class DealListOnPostgreSql(PostgreSqlDealsHost host)
    : DealListTests(host),
        IClassFixture<PostgreSqlDealsHost>;

public sealed class DealEndToEndOnSqlite(SqliteDealsHost host)
    : DealEndToEndTests(host),
        IClassFixture<SqliteDealsHost>;

public sealed class DealEndToEndOnPostgreSql(PostgreSqlDealsHost host)
    : DealEndToEndTests(host),
        IClassFixture<PostgreSqlDealsHost>;
