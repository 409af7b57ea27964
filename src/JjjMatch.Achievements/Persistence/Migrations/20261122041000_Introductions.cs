using JjjMatch.BuildingBlocks.Introductions;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Achievements.Persistence.Migrations;

/// <summary>Organisations introduced to an achievement by an accepted match (they may see its contact).</summary>
[DbContext(typeof(AchievementsDbContext))]
[Migration("20261122041000_Introductions")]
public sealed class Introductions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateIntroductions();

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Introductions");
}
