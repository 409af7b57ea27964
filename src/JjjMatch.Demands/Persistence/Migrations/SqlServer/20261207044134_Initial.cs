using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JjjMatch.Demands.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Demands",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ProblemDescription = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ExpectedOutcome = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Industry = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    MinimumMaturityScale = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    MinimumMaturityLevel = table.Column<int>(type: "int", nullable: true),
                    BountyMin = table.Column<long>(type: "bigint", nullable: true),
                    BountyMax = table.Column<long>(type: "bigint", nullable: true),
                    Deadline = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Province = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    City = table.Column<string>(
                        type: "nvarchar(30)",
                        maxLength: 30,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    CooperationModes = table.Column<int>(type: "int", nullable: false),
                    Anonymous = table.Column<bool>(type: "bit", nullable: false),
                    EnterpriseName = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Status = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    SearchText = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ApplicationCount = table.Column<int>(type: "int", nullable: false),
                    AwardedApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AwardedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    ImportKey = table.Column<string>(
                        type: "nvarchar(64)",
                        maxLength: 64,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ContactEmail = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ContactName = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ContactPhone = table.Column<string>(
                        type: "nvarchar(30)",
                        maxLength: 30,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Demands", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                columns: table => new
                {
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Consumer = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ProcessedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.EventId, x.Consumer });
                }
            );

            migrationBuilder.CreateTable(
                name: "Introductions",
                columns: table => new
                {
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IntroducedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Introductions", x => new { x.ListingId, x.OrganisationId });
                }
            );

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Sequence = table
                        .Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EventType = table.Column<string>(
                        type: "nvarchar(300)",
                        maxLength: 300,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Payload = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    LastError = table.Column<string>(
                        type: "nvarchar(2000)",
                        maxLength: 2000,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    CorrelationId = table.Column<string>(
                        type: "nvarchar(64)",
                        maxLength: 64,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    LeasedUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LeasedBy = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Sequence);
                }
            );

            migrationBuilder.CreateTable(
                name: "Applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DemandId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ApplicantOrganisation = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ApplicantKey = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ApproachSummary = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Team = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Milestones = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Price = table.Column<long>(type: "bigint", nullable: false),
                    DurationMonths = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Applications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Applications_Demands_DemandId",
                        column: x => x.DemandId,
                        principalTable: "Demands",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade
                    );
                }
            );

            migrationBuilder.CreateIndex(
                name: "IX_Applications_DemandId_SubmittedAt",
                table: "Applications",
                columns: new[] { "DemandId", "SubmittedAt" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_Demands_ImportKey",
                table: "Demands",
                column: "ImportKey",
                unique: true,
                filter: "[ImportKey] IS NOT NULL"
            );

            migrationBuilder.CreateIndex(name: "IX_Demands_Industry", table: "Demands", column: "Industry");

            migrationBuilder.CreateIndex(name: "IX_Demands_Province", table: "Demands", column: "Province");

            migrationBuilder.CreateIndex(
                name: "IX_Demands_Status_Deadline",
                table: "Demands",
                columns: new[] { "Status", "Deadline" }
            );

            migrationBuilder.CreateIndex(name: "IX_Introductions_MatchId", table: "Introductions", column: "MatchId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_EventId",
                table: "OutboxMessages",
                column: "EventId",
                unique: true
            );

            migrationBuilder.CreateIndex(name: "IX_OutboxMessages_SentAt", table: "OutboxMessages", column: "SentAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "Applications");

            migrationBuilder.DropTable(name: "InboxMessages");

            migrationBuilder.DropTable(name: "Introductions");

            migrationBuilder.DropTable(name: "OutboxMessages");

            migrationBuilder.DropTable(name: "Demands");
        }
    }
}
