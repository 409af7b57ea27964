using Microsoft.EntityFrameworkCore;
using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;

namespace JjjMatch.Matching.Tests.Persistence;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseTarget.Sqlite)]
    [InlineData(DatabaseTarget.PostgreSql)]
    public Task The_migrations_build_exactly_the_schema_of_the_model(DatabaseTarget target) =>
        SchemaDrift.AssertMigrationsMatchModelAsync<MatchingDbContext>(target);
}

/// <summary>Listing copies of the previous release count as compared with the market they are upgraded into.</summary>
public sealed class ComparedWithMigrationTests
{
    [Theory]
    [InlineData(DatabaseTarget.Sqlite)]
    [InlineData(DatabaseTarget.PostgreSql)]
    public async Task Upgraded_listings_count_as_compared_with_todays_other_side(DatabaseTarget target)
    {
        using var databases = new ServiceDatabases(target);
        await using var db = await PreviousRelease.OpenAtAsync<MatchingDbContext>(target, databases, "Matching", "20261122050000_Deals");
        var at = PreviousRelease.UtcLiteral(target, "2026-11-01 08:00:00");
        var (yes, no) = target == DatabaseTarget.Sqlite ? ("1", "0") : ("TRUE", "FALSE");
        foreach (var active in new[] { yes, yes, no })
        {
            await db.InsertAsync($"""INSERT INTO "AchievementListings" ("Id", "Snapshot", "IsActive", "SourceUpdatedAt") VALUES ('{Id()}', '{"{}"}', {active}, {at})""");
        }

        foreach (var open in new[] { yes, no })
        {
            await db.InsertAsync($"""INSERT INTO "DemandListings" ("Id", "Snapshot", "IsOpen", "Deadline", "SourceUpdatedAt") VALUES ('{Id()}', '{"{}"}', {open}, {at}, {at})""");
        }

        await db.Database.MigrateAsync();

        (await db.Achievements.Select(a => a.ComparedWith).Distinct().ToListAsync()).ShouldBe([1]);
        (await db.Demands.Select(d => d.ComparedWith).Distinct().ToListAsync()).ShouldBe([2]);
    }

    private static string Id() => Guid.NewGuid().ToString().ToUpperInvariant();
}
