using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Demands.Persistence.Migrations;

/// <summary>Written by hand like the achievements' one; a schema drift test compares it with the model.</summary>
[DbContext(typeof(DemandsDbContext))]
[Migration("20261122000100_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateOutboxAndInbox();
        migrationBuilder.CreateTable(
            name: "Demands",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OwnerId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                ProblemDescription = table.Column<string>(nullable: false),
                ExpectedOutcome = table.Column<string>(nullable: false),
                Industry = table.Column<string>(maxLength: 50, nullable: false),
                MinimumMaturityScale = table.Column<string>(maxLength: 20, nullable: true),
                MinimumMaturityLevel = table.Column<int>(nullable: true),
                BountyMin = table.Column<long>(nullable: true),
                BountyMax = table.Column<long>(nullable: true),
                Deadline = table.Column<DateTime>(nullable: false),
                Province = table.Column<string>(maxLength: 20, nullable: false),
                City = table.Column<string>(maxLength: 30, nullable: true),
                CooperationModes = table.Column<int>(nullable: false),
                Anonymous = table.Column<bool>(nullable: false),
                EnterpriseName = table.Column<string>(maxLength: 200, nullable: false),
                ContactName = table.Column<string>(maxLength: 100, nullable: false),
                ContactPhone = table.Column<string>(maxLength: 30, nullable: true),
                ContactEmail = table.Column<string>(maxLength: 200, nullable: true),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                SearchText = table.Column<string>(nullable: false),
                ApplicationCount = table.Column<int>(nullable: false),
                AwardedApplicationId = table.Column<Guid>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                OpenedAt = table.Column<DateTime>(nullable: true),
                AwardedAt = table.Column<DateTime>(nullable: true),
                ClosedAt = table.Column<DateTime>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Demands", d => d.Id)
        );
        migrationBuilder.CreateIndex("IX_Demands_Status_Deadline", "Demands", ["Status", "Deadline"]);
        migrationBuilder.CreateIndex("IX_Demands_Industry", "Demands", "Industry");
        migrationBuilder.CreateIndex("IX_Demands_Province", "Demands", "Province");

        migrationBuilder.CreateTable(
            name: "Applications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                DemandId = table.Column<Guid>(nullable: false),
                ApplicantId = table.Column<Guid>(nullable: false),
                ApplicantOrganisation = table.Column<string>(maxLength: 200, nullable: false),
                ApplicantKey = table.Column<string>(maxLength: 200, nullable: false),
                ApproachSummary = table.Column<string>(nullable: false),
                Team = table.Column<string>(nullable: false),
                Milestones = table.Column<string>(nullable: false),
                Price = table.Column<long>(nullable: false),
                DurationMonths = table.Column<int>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                SubmittedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Applications", a => a.Id);
                table.ForeignKey(
                    "FK_Applications_Demands_DemandId",
                    a => a.DemandId,
                    "Demands",
                    "Id",
                    onDelete: ReferentialAction.Cascade
                );
            }
        );
        migrationBuilder.CreateIndex(
            "IX_Applications_DemandId_SubmittedAt",
            "Applications",
            ["DemandId", "SubmittedAt"]
        );
    }
}
