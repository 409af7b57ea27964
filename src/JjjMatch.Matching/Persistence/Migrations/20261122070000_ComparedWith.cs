using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Matching.Persistence.Migrations;

/// <summary>
/// How big the other side of the market was when each listing was last compared with it (MarketCatchUp). Listings of an
/// earlier release count as compared with today's market, so an upgrade does not recompute every suggestion at once.
/// </summary>
[DbContext(typeof(MatchingDbContext))]
[Migration("20261122070000_ComparedWith")]
public sealed class ComparedWith : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("ComparedWith", "AchievementListings", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<int>("ComparedWith", "DemandListings", nullable: false, defaultValue: 0);
        migrationBuilder.Sql(
            """
            UPDATE "AchievementListings" SET "ComparedWith" = (SELECT COUNT(*) FROM "DemandListings" WHERE "IsOpen");
            """
        );
        migrationBuilder.Sql(
            """
            UPDATE "DemandListings" SET "ComparedWith" = (SELECT COUNT(*) FROM "AchievementListings" WHERE "IsActive");
            """
        );
        migrationBuilder.DropIndex("IX_AchievementListings_IsActive", "AchievementListings");
        migrationBuilder.CreateIndex(
            "IX_AchievementListings_IsActive_ComparedWith",
            "AchievementListings",
            ["IsActive", "ComparedWith"]
        );
        migrationBuilder.CreateIndex(
            "IX_DemandListings_IsOpen_ComparedWith",
            "DemandListings",
            ["IsOpen", "ComparedWith"]
        );
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_DemandListings_IsOpen_ComparedWith", "DemandListings");
        migrationBuilder.DropIndex("IX_AchievementListings_IsActive_ComparedWith", "AchievementListings");
        migrationBuilder.CreateIndex("IX_AchievementListings_IsActive", "AchievementListings", "IsActive");
        migrationBuilder.DropColumn("ComparedWith", "DemandListings");
        migrationBuilder.DropColumn("ComparedWith", "AchievementListings");
    }
}
