using System.Data;
using System.Data.Common;
using JjjMatch.Achievements.Persistence;
using JjjMatch.Achievements.Tests.Api;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace JjjMatch.Achievements.Tests.Persistence;

/// <summary>
/// What a write opens once is not opened again: a pooled SQLite handle keeps the pragmas it was given, and a context
/// that kept its connection open for a write hands it back closed.
/// </summary>
public sealed class SqliteConnectionReuseTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private const int ServiceBusyTimeout = 30_000;
    private const int OtherBusyTimeout = 1234;

    [Fact]
    public async Task A_pooled_handle_is_given_its_pragmas_once_not_at_every_open()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AchievementsDbContext>();
        await db.Database.OpenConnectionAsync();
        var handle = Handle(db);
        try
        {
            await SetBusyTimeoutAsync(db, OtherBusyTimeout);
            await db.Database.CloseConnectionAsync();

            await db.Database.OpenConnectionAsync();

            Handle(db).ShouldBeSameAs(handle, "the pool hands the same SQLite handle back");
            (await BusyTimeoutAsync(db)).ShouldBe(OtherBusyTimeout);
        }
        finally
        {
            await SetBusyTimeoutAsync(db, ServiceBusyTimeout);
        }
    }

    [Fact]
    public async Task A_second_handle_opened_beside_the_first_gets_the_pragmas_too()
    {
        await using var firstScope = host.Services.CreateAsyncScope();
        await using var secondScope = host.Services.CreateAsyncScope();
        var first = firstScope.ServiceProvider.GetRequiredService<AchievementsDbContext>();
        var second = secondScope.ServiceProvider.GetRequiredService<AchievementsDbContext>();
        await first.Database.OpenConnectionAsync();
        await second.Database.OpenConnectionAsync();

        Handle(second).ShouldNotBeSameAs(Handle(first));
        (await BusyTimeoutAsync(first)).ShouldBe(ServiceBusyTimeout);
        (await BusyTimeoutAsync(second)).ShouldBe(ServiceBusyTimeout);
    }

    [Fact]
    public async Task A_context_that_kept_its_connection_open_is_returned_to_the_pool_closed()
    {
        DbConnection connection;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AchievementsDbContext>();
            await db.Database.OpenConnectionAsync();
            connection = db.Database.GetDbConnection();
            connection.State.ShouldBe(ConnectionState.Open);
        }

        connection.State.ShouldBe(ConnectionState.Closed);
    }

    private static object Handle(AchievementsDbContext db) => ((SqliteConnection)db.Database.GetDbConnection()).Handle!;

    private static Task SetBusyTimeoutAsync(AchievementsDbContext db, int milliseconds) =>
        db.Database.ExecuteSqlRawAsync(
            milliseconds == ServiceBusyTimeout ? "PRAGMA busy_timeout = 30000" : "PRAGMA busy_timeout = 1234"
        );

    private static async Task<int> BusyTimeoutAsync(AchievementsDbContext db) =>
        (
            await db.Database.SqlQueryRaw<int>("SELECT timeout AS " + "Value FROM pragma_busy_timeout").ToListAsync()
        ).Single();
}
