using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Achievements.Persistence.Migrations;

/// <summary>
/// The import command's key (SHA-256 of the source line): null for listings made through the API, unique otherwise.
/// </summary>
[DbContext(typeof(AchievementsDbContext))]
[Migration("20261122030000_ImportKey")]
public sealed class ImportKey : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("ImportKey", "Achievements", maxLength: 64, nullable: true);
        migrationBuilder.CreateIndex("IX_Achievements_ImportKey", "Achievements", "ImportKey", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Achievements_ImportKey", "Achievements");
        migrationBuilder.DropColumn("ImportKey", "Achievements");
    }
}
