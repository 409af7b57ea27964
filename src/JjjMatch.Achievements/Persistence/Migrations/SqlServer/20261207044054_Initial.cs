using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JjjMatch.Achievements.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Achievements",
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
                    Summary = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Keywords = table.Column<string>(
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
                    IndustryParent = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    TechnologyField = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    MaturityScale = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    MaturityLevel = table.Column<int>(type: "int", nullable: false),
                    Patents = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    TransferModes = table.Column<int>(type: "int", nullable: false),
                    PriceMin = table.Column<long>(type: "bigint", nullable: true),
                    PriceMax = table.Column<long>(type: "bigint", nullable: true),
                    OwnerInstitution = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
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
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
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
                    table.PrimaryKey("PK_Achievements", x => x.Id);
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

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_ImportKey",
                table: "Achievements",
                column: "ImportKey",
                unique: true,
                filter: "[ImportKey] IS NOT NULL"
            );

            migrationBuilder.CreateIndex(name: "IX_Achievements_Industry", table: "Achievements", column: "Industry");

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_Status_IndustryParent_Province_UpdatedAt",
                table: "Achievements",
                columns: new[] { "Status", "IndustryParent", "Province", "UpdatedAt" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_Status_IndustryParent_UpdatedAt",
                table: "Achievements",
                columns: new[] { "Status", "IndustryParent", "UpdatedAt" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_Status_Province_UpdatedAt",
                table: "Achievements",
                columns: new[] { "Status", "Province", "UpdatedAt" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_Achievements_Status_UpdatedAt",
                table: "Achievements",
                columns: new[] { "Status", "UpdatedAt" }
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
            migrationBuilder.DropTable(name: "Achievements");

            migrationBuilder.DropTable(name: "InboxMessages");

            migrationBuilder.DropTable(name: "Introductions");

            migrationBuilder.DropTable(name: "OutboxMessages");
        }
    }
}
