using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JjjMatch.Matching.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AchievementListings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Snapshot = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    SourceUpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    ComparedWith = table.Column<int>(type: "int", nullable: false),
                    Province = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Industry = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    IndustryParent = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AchievementListings", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "Deals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AchievementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DemandId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContractType = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    TechnologyAmount = table.Column<long>(type: "bigint", nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ContractNumber = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Title = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    SellerOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SellerName = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    SellerProvince = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    BuyerOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BuyerName = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    BuyerProvince = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Industry = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    TechnologyField = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    BrokerOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BrokerName = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    AcceptedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RecordedById = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedByOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deals", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "DemandListings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Snapshot = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    IsOpen = table.Column<bool>(type: "bit", nullable: false),
                    Deadline = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SourceUpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    ComparedWith = table.Column<int>(type: "int", nullable: false),
                    Province = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Industry = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    IndustryParent = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DemandListings", x => x.Id);
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
                name: "MarketEvents",
                columns: table => new
                {
                    Sequence = table
                        .Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketEvents", x => x.Sequence);
                }
            );

            migrationBuilder.CreateTable(
                name: "MatchDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Action = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    PreviousStatus = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    NewStatus = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    ActorId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ActorOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RejectionReason = table.Column<string>(
                        type: "nvarchar(30)",
                        maxLength: 30,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Note = table.Column<string>(
                        type: "nvarchar(1000)",
                        maxLength: 1000,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MatchDecisions", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "Matches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AchievementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DemandId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Score = table.Column<double>(type: "float", nullable: false),
                    Factors = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    MatchedTerms = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Origin = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Status = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    WithdrawnReason = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    SuggestedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    ReviewerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ReviewerOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ClaimedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RejectionReason = table.Column<string>(
                        type: "nvarchar(30)",
                        maxLength: 30,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    RejectionNote = table.Column<string>(
                        type: "nvarchar(1000)",
                        maxLength: 1000,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Matches", x => x.Id);
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
                name: "IX_AchievementListings_IsActive_ComparedWith",
                table: "AchievementListings",
                columns: new[] { "IsActive", "ComparedWith" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_Deals_BrokerOrganisationId",
                table: "Deals",
                column: "BrokerOrganisationId"
            );

            migrationBuilder.CreateIndex(name: "IX_Deals_MatchId", table: "Deals", column: "MatchId", unique: true);

            migrationBuilder.CreateIndex(name: "IX_Deals_SignedOn", table: "Deals", column: "SignedOn");

            migrationBuilder.CreateIndex(
                name: "IX_DemandListings_IsOpen_ComparedWith",
                table: "DemandListings",
                columns: new[] { "IsOpen", "ComparedWith" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_DemandListings_IsOpen_Deadline",
                table: "DemandListings",
                columns: new[] { "IsOpen", "Deadline" }
            );

            migrationBuilder.CreateIndex(name: "IX_MarketEvents_ListingId", table: "MarketEvents", column: "ListingId");

            migrationBuilder.CreateIndex(name: "IX_MatchDecisions_At", table: "MatchDecisions", column: "At");

            migrationBuilder.CreateIndex(name: "IX_MatchDecisions_MatchId", table: "MatchDecisions", column: "MatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Matches_AchievementId_DemandId",
                table: "Matches",
                columns: new[] { "AchievementId", "DemandId" },
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_Matches_DemandId_Status",
                table: "Matches",
                columns: new[] { "DemandId", "Status" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_Matches_Status_Score",
                table: "Matches",
                columns: new[] { "Status", "Score" }
            );

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
            migrationBuilder.DropTable(name: "AchievementListings");

            migrationBuilder.DropTable(name: "Deals");

            migrationBuilder.DropTable(name: "DemandListings");

            migrationBuilder.DropTable(name: "InboxMessages");

            migrationBuilder.DropTable(name: "MarketEvents");

            migrationBuilder.DropTable(name: "MatchDecisions");

            migrationBuilder.DropTable(name: "Matches");

            migrationBuilder.DropTable(name: "OutboxMessages");
        }
    }
}
