using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Achievements.Persistence.Migrations;

/// <summary>
/// The industry's parent as a column, filled from Industry, and list indexes with the filters ahead of UpdatedAt:
/// at 100,000 achievements a filtered page cost ~100 ms of CPU reading full rows (docs/benchmarks.md).
/// </summary>
[DbContext(typeof(AchievementsDbContext))]
[Migration("20261122060000_IndustryParent")]
public sealed class IndustryParent : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            "IndustryParent",
            "Achievements",
            maxLength: 50,
            nullable: false,
            defaultValue: ""
        );
        migrationBuilder.Sql(
            migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL"
                ? """UPDATE "Achievements" SET "IndustryParent" = split_part("Industry", '-', 1);"""
                : """
                UPDATE "Achievements" SET "IndustryParent" =
                    CASE WHEN instr("Industry", '-') > 0 THEN substr("Industry", 1, instr("Industry", '-') - 1)
                    ELSE "Industry" END;
                """
        );
        migrationBuilder.DropIndex("IX_Achievements_Province", "Achievements");
        migrationBuilder.CreateIndex(
            "IX_Achievements_Status_IndustryParent_Province_UpdatedAt",
            "Achievements",
            ["Status", "IndustryParent", "Province", "UpdatedAt"]
        );
        migrationBuilder.CreateIndex(
            "IX_Achievements_Status_IndustryParent_UpdatedAt",
            "Achievements",
            ["Status", "IndustryParent", "UpdatedAt"]
        );
        migrationBuilder.CreateIndex(
            "IX_Achievements_Status_Province_UpdatedAt",
            "Achievements",
            ["Status", "Province", "UpdatedAt"]
        );
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Achievements_Status_IndustryParent_Province_UpdatedAt", "Achievements");
        migrationBuilder.DropIndex("IX_Achievements_Status_IndustryParent_UpdatedAt", "Achievements");
        migrationBuilder.DropIndex("IX_Achievements_Status_Province_UpdatedAt", "Achievements");
        migrationBuilder.CreateIndex("IX_Achievements_Province", "Achievements", "Province");
        migrationBuilder.DropColumn("IndustryParent", "Achievements");
    }
}
