using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Achievements.Persistence.Migrations;

/// <summary>
/// Written by hand (see docs/decisions/0003-schema-migrations.md); later releases add migrations after it.
/// </summary>
[DbContext(typeof(AchievementsDbContext))]
[Migration("20261122000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateOutboxAndInbox();
        migrationBuilder.CreateTable(
            name: "Achievements",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OwnerId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Summary = table.Column<string>(nullable: false),
                Keywords = table.Column<string>(nullable: false),
                Industry = table.Column<string>(maxLength: 50, nullable: false),
                TechnologyField = table.Column<string>(maxLength: 100, nullable: true),
                MaturityScale = table.Column<string>(maxLength: 20, nullable: false),
                MaturityLevel = table.Column<int>(nullable: false),
                Patents = table.Column<string>(nullable: false),
                TransferModes = table.Column<int>(nullable: false),
                PriceMin = table.Column<long>(nullable: true),
                PriceMax = table.Column<long>(nullable: true),
                OwnerInstitution = table.Column<string>(maxLength: 200, nullable: false),
                Province = table.Column<string>(maxLength: 20, nullable: false),
                City = table.Column<string>(maxLength: 30, nullable: true),
                ContactName = table.Column<string>(maxLength: 100, nullable: false),
                ContactPhone = table.Column<string>(maxLength: 30, nullable: true),
                ContactEmail = table.Column<string>(maxLength: 200, nullable: true),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                SearchText = table.Column<string>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                PublishedAt = table.Column<DateTime>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Achievements", a => a.Id)
        );
        migrationBuilder.CreateIndex("IX_Achievements_Status_UpdatedAt", "Achievements", ["Status", "UpdatedAt"]);
        migrationBuilder.CreateIndex("IX_Achievements_Industry", "Achievements", "Industry");
        migrationBuilder.CreateIndex("IX_Achievements_Province", "Achievements", "Province");
    }
}
