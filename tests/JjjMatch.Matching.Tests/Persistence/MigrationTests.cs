using JjjMatch.Matching.Persistence;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

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
        await using var db = await PreviousRelease.OpenAtAsync<MatchingDbContext>(
            target,
            databases,
            "Matching",
            "20261122050000_Deals"
        );
        var at = PreviousRelease.UtcLiteral(target, "2026-11-01 08:00:00");
        var (yes, no) = target == DatabaseTarget.Sqlite ? ("1", "0") : ("TRUE", "FALSE");
        foreach (var active in new[] { yes, yes, no })
        {
            await db.InsertAsync(
                $"""
                INSERT INTO "AchievementListings" ("Id", "Snapshot", "IsActive", "SourceUpdatedAt")
                VALUES ('{Id()}', '{"{}"}', {active}, {at})
                """
            );
        }

        foreach (var open in new[] { yes, no })
        {
            await db.InsertAsync(
                $"""
                INSERT INTO "DemandListings" ("Id", "Snapshot", "IsOpen", "Deadline", "SourceUpdatedAt")
                VALUES ('{Id()}', '{"{}"}', {open}, {at}, {at})
                """
            );
        }

        await db.Database.MigrateAsync();

        (await db.Achievements.Select(a => a.ComparedWith).Distinct().ToListAsync()).ShouldBe([1]);
        (await db.Demands.Select(d => d.ComparedWith).Distinct().ToListAsync()).ShouldBe([2]);
    }

    private static string Id() => Guid.NewGuid().ToString().ToUpperInvariant();
}

/// <summary>
/// Listing copies of the previous release get their province, industry, parent and owner columns from their snapshots.
/// </summary>
public sealed class ListingFacetsMigrationTests
{
    [Theory]
    [InlineData(DatabaseTarget.Sqlite)]
    [InlineData(DatabaseTarget.PostgreSql)]
    public async Task Upgraded_listings_take_their_facets_from_the_snapshot(DatabaseTarget target)
    {
        using var databases = new ServiceDatabases(target);
        await using var db = await PreviousRelease.OpenAtAsync<MatchingDbContext>(
            target,
            databases,
            "Matching",
            "20261122070000_ComparedWith"
        );
        var at = PreviousRelease.UtcLiteral(target, "2026-11-01 08:00:00");
        var yes = target == DatabaseTarget.Sqlite ? "1" : "TRUE";
        var (achievement, demand, owner) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        // As the previous release stored snapshots: camelCase, enums by name, the owner id in lower case.
        var snapshot =
            $$"""{"region":{"province":"Hebei","city":"唐山"},"industry":"钢铁-节能减排","ownerId":"{{owner}}"}""";
        await db.InsertAsync(
            $"""
            INSERT INTO "AchievementListings" ("Id", "Snapshot", "IsActive", "SourceUpdatedAt", "ComparedWith")
            VALUES ('{Upper(achievement)}', '{snapshot}', {yes}, {at}, 0)
            """
        );
        var demandSnapshot = snapshot
            .Replace("Hebei", "Beijing")
            .Replace("钢铁-节能减排", "电子信息", StringComparison.Ordinal);
        await db.InsertAsync(
            $"""
            INSERT INTO "DemandListings" ("Id", "Snapshot", "IsOpen", "Deadline", "SourceUpdatedAt", "ComparedWith")
            VALUES ('{Upper(demand)}', '{demandSnapshot}', {yes}, {at}, {at}, 0)
            """
        );

        await db.Database.MigrateAsync();

        var a = await db
            .Achievements.Where(l => l.Id == achievement)
            .Select(l => new
            {
                l.Province,
                l.Industry,
                l.IndustryParent,
                l.OwnerId,
            })
            .SingleAsync();
        a.ShouldBe(
            new
            {
                Province = Contracts.Shared.Province.Hebei,
                Industry = "钢铁-节能减排",
                IndustryParent = "钢铁",
                OwnerId = owner,
            }
        );
        var d = await db
            .Demands.Where(l => l.Id == demand)
            .Select(l => new
            {
                l.Province,
                l.Industry,
                l.IndustryParent,
                l.OwnerId,
            })
            .SingleAsync();
        d.ShouldBe(
            new
            {
                Province = Contracts.Shared.Province.Beijing,
                Industry = "电子信息",
                IndustryParent = "电子信息",
                OwnerId = owner,
            }
        );
    }

    private static string Upper(Guid id) => id.ToString().ToUpperInvariant();
}
