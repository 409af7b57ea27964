using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Matching.Persistence.Migrations;

/// <summary>Written by hand (see docs/decisions/0003-schema-migrations.md).</summary>
[DbContext(typeof(MatchingDbContext))]
[Migration("20261122000200_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateOutboxAndInbox();
        migrationBuilder.CreateTable(
            name: "AchievementListings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Snapshot = table.Column<string>(nullable: false),
                IsActive = table.Column<bool>(nullable: false),
                SourceUpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_AchievementListings", a => a.Id)
        );
        migrationBuilder.CreateIndex("IX_AchievementListings_IsActive", "AchievementListings", "IsActive");

        migrationBuilder.CreateTable(
            name: "DemandListings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Snapshot = table.Column<string>(nullable: false),
                IsOpen = table.Column<bool>(nullable: false),
                Deadline = table.Column<DateTime>(nullable: false),
                SourceUpdatedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_DemandListings", d => d.Id)
        );
        migrationBuilder.CreateIndex("IX_DemandListings_IsOpen_Deadline", "DemandListings", ["IsOpen", "Deadline"]);

        migrationBuilder.CreateTable(
            name: "MarketEvents",
            columns: table => new
            {
                Sequence = table
                    .Column<long>(nullable: false)
                    .Annotation("Sqlite:Autoincrement", true)
                    .Annotation(
                        "Npgsql:ValueGenerationStrategy",
                        Npgsql
                            .EntityFrameworkCore
                            .PostgreSQL
                            .Metadata
                            .NpgsqlValueGenerationStrategy
                            .IdentityByDefaultColumn
                    ),
                EventId = table.Column<Guid>(nullable: false),
                Type = table.Column<string>(maxLength: 100, nullable: false),
                ListingId = table.Column<Guid>(nullable: false),
                OccurredAt = table.Column<DateTime>(nullable: false),
                ReceivedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_MarketEvents", e => e.Sequence)
        );
        migrationBuilder.CreateIndex("IX_MarketEvents_ListingId", "MarketEvents", "ListingId");

        migrationBuilder.CreateTable(
            name: "Matches",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AchievementId = table.Column<Guid>(nullable: false),
                DemandId = table.Column<Guid>(nullable: false),
                Score = table.Column<double>(nullable: false),
                Factors = table.Column<string>(nullable: false),
                MatchedTerms = table.Column<string>(nullable: false),
                Origin = table.Column<string>(maxLength: 20, nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                WithdrawnReason = table.Column<string>(maxLength: 200, nullable: true),
                SuggestedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Matches", m => m.Id)
        );
        migrationBuilder.CreateIndex(
            "IX_Matches_AchievementId_DemandId",
            "Matches",
            ["AchievementId", "DemandId"],
            unique: true
        );
        migrationBuilder.CreateIndex("IX_Matches_DemandId_Status", "Matches", ["DemandId", "Status"]);
        migrationBuilder.CreateIndex("IX_Matches_Status_Score", "Matches", ["Status", "Score"]);
    }
}
