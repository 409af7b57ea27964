using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Achievements.Persistence.Migrations;

/// <summary>Organisations introduced to an achievement by an accepted match (they may see its contact).</summary>
[DbContext(typeof(AchievementsDbContext))]
[Migration("20261122041000_Introductions")]
public sealed class Introductions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Introductions",
            columns: table => new
            {
                ListingId = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                MatchId = table.Column<Guid>(nullable: false),
                IntroducedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Introductions", i => new { i.ListingId, i.OrganisationId })
        );
        migrationBuilder.CreateIndex("IX_Introductions_MatchId", "Introductions", "MatchId");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Introductions");
}
