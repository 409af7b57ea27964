using JjjMatch.Achievements.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Host.Tests;

/// <summary>
/// How SQLite commits (Database:SqliteSynchronous): NORMAL by default, so a commit does not wait for the disk, or
/// FULL when the operator asks for it. PRAGMA synchronous answers 1 for NORMAL and 2 for FULL.
/// </summary>
public sealed class SqliteCommitTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("Normal", 1)]
    [InlineData("Full", 2)]
    public async Task Every_connection_commits_as_configured(string? setting, int expected)
    {
        var settings = setting is null
            ? new Dictionary<string, string>()
            : new Dictionary<string, string> { ["Database:SqliteSynchronous"] = setting };
        await using var host = new JjjMatchFactory(DatabaseTarget.Sqlite, "achievements", settings);
        _ = host.Server;

        var synchronous = await host.WithScopeAsync<AchievementsDbContext, int>(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA synchronous;";
            return Convert.ToInt32(
                await command.ExecuteScalarAsync(),
                System.Globalization.CultureInfo.InvariantCulture
            );
        });

        synchronous.ShouldBe(expected);
    }
}
