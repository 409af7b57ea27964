using JjjMatch.Achievements.Persistence;
using JjjMatch.Achievements.Tests.Api;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Achievements.Tests.Persistence;

/// <summary>
/// Two writers of one SQLite database wait for each other inside SQLite, not in Microsoft.Data.Sqlite's 150 ms retry
/// sleeps: every connection the service opens carries a busy timeout.
/// </summary>
public sealed class SqliteBusyTimeoutTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task Every_connection_of_the_service_waits_for_a_locked_database_inside_SQLite()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AchievementsDbContext>();

        var timeouts = await db
            .Database.SqlQueryRaw<int>("SELECT timeout AS " + "Value FROM pragma_busy_timeout")
            .ToListAsync();

        timeouts.ShouldBe([30_000]);
    }
}
