using JjjMatch.Matching.Tests.Brokerage.Deals;
using JjjMatch.Testing;

namespace JjjMatch.Matching.Tests.Brokerage.Stats;

/// <summary>
/// A matching host holding exactly <see cref="KnownMarket"/>, seeded once by the first test that asks.
/// </summary>
public abstract class StatsHost(DatabaseTarget target) : DealsHost(target, KnownMarket.ClockStart)
{
    private Task? market;
    private readonly object gate = new();

    public Task SeededAsync()
    {
        lock (gate)
        {
            return market ??= KnownMarket.SeedAsync(this);
        }
    }
}

public sealed class SqliteStatsHost() : StatsHost(DatabaseTarget.Sqlite);

public sealed class PostgreSqlStatsHost() : StatsHost(DatabaseTarget.PostgreSql);

public sealed class StatisticsOnSqlite(SqliteStatsHost host) : StatisticsTests(host), IClassFixture<SqliteStatsHost>;

public sealed class StatisticsOnPostgreSql(PostgreSqlStatsHost host)
    : StatisticsTests(host),
        IClassFixture<PostgreSqlStatsHost>;
