using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Matching.Persistence.Migrations;

/// <summary>
/// The source's version of each listing copy (docs/decisions/0008). Copies of an earlier release took snapshots without
/// one: they are version 0, which any versioned event replaces, and among themselves go by their time as before.
/// </summary>
[DbContext(typeof(MatchingDbContext))]
[Migration("20261208000000_ListingVersion")]
public sealed class ListingVersion : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("Version", "AchievementListings", nullable: false, defaultValue: 0);
        migrationBuilder.AddColumn<int>("Version", "DemandListings", nullable: false, defaultValue: 0);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("Version", "DemandListings");
        migrationBuilder.DropColumn("Version", "AchievementListings");
    }
}
