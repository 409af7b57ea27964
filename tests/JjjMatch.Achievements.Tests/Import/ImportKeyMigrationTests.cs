using JjjMatch.Achievements.Persistence;
using JjjMatch.Contracts.Shared;
using JjjMatch.Testing;
using Microsoft.EntityFrameworkCore;

namespace JjjMatch.Achievements.Tests.Import;

/// <summary>
/// A database made by the first release (Initial only) opens under this one with its rows intact and new columns
/// filled.
/// </summary>
public sealed class ImportKeyMigrationTests
{
    [Theory]
    [InlineData(DatabaseTarget.Sqlite)]
    [InlineData(DatabaseTarget.PostgreSql)]
    public async Task A_row_of_the_first_release_survives_the_later_migrations(DatabaseTarget target)
    {
        using var databases = new ServiceDatabases(target);
        await using var db = await PreviousRelease.OpenAtAsync<AchievementsDbContext>(
            target,
            databases,
            "Achievements",
            "20261122000000_Initial"
        );
        var id = Guid.NewGuid();
        var at = PreviousRelease.UtcLiteral(target, "2026-11-01 08:00:00");
        // Written as the previous release wrote it: the Initial columns only.
        var insert = $$"""
            INSERT INTO "Achievements" ("Id", "OwnerId", "Title", "Summary", "Keywords", "Industry", "TechnologyField",
                "MaturityScale", "MaturityLevel", "Patents", "TransferModes", "PriceMin", "PriceMax",
                "OwnerInstitution", "Province", "City", "ContactName", "ContactPhone", "ContactEmail", "Status",
                "SearchText", "CreatedAt", "UpdatedAt", "PublishedAt", "Version")
            VALUES ('{{id.ToString().ToUpperInvariant()}}', '{{Guid.Empty}}', '激光熔覆修复轧辊',
                '采用激光熔覆技术修复轧辊表面，延长使用寿命。', '["激光熔覆"]', '钢铁-钢材深加工', NULL,
                'TRL', 6, '[{"Number":"ZL201720001285.X","Kind":"Invention","Status":"Granted"}]',
                4, 50000000, 80000000, '燕山大学', 'Hebei', '秦皇岛', '王工', '13900000000', NULL, 'Published', '激光熔覆修复轧辊',
                {{at}}, {{at}}, {{at}}, 2)
            """;
        await db.InsertAsync(insert);

        await db.Database.MigrateAsync();

        (await db.Database.GetAppliedMigrationsAsync()).ShouldContain("20261122030000_ImportKey");
        var row = await db.Achievements.AsNoTracking().SingleAsync();
        row.Id.ShouldBe(id);
        row.Title.ShouldBe("激光熔覆修复轧辊");
        row.Keywords.ShouldBe(["激光熔覆"]);
        row.Patents.ShouldBe([new Patent("ZL201720001285.X", PatentKind.Invention, PatentStatus.Granted)]);
        row.TransferModes.ShouldBe(CooperationModes.Assignment);
        row.AskingPrice.ShouldBe(new PriceRange(500000m, 800000m));
        row.Region.ShouldBe(new Region(Province.Hebei, "秦皇岛"));
        row.Version.ShouldBe(2);
        row.ImportKey.ShouldBeNull();
        (await db.Database.GetAppliedMigrationsAsync()).ShouldContain("20261122060000_IndustryParent");
        row.IndustryParent.ShouldBe("钢铁");
    }
}
