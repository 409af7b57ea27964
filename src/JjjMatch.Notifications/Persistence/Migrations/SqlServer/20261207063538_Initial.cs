using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JjjMatch.Notifications.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "Listings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Side = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    OwnerId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Title = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Industry = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
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
                    MaturityLevel = table.Column<int>(type: "int", nullable: true),
                    PriceMin = table.Column<long>(type: "bigint", nullable: true),
                    PriceMax = table.Column<long>(type: "bigint", nullable: true),
                    Modes = table.Column<int>(type: "int", nullable: false),
                    Live = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Deadline = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Text = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Listings", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "Matches",
                columns: table => new
                {
                    MatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AchievementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DemandId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Score = table.Column<double>(type: "float", nullable: false),
                    SuggestedEventId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SuggestedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Announced = table.Column<bool>(type: "bit", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Matches", x => x.MatchId);
                }
            );

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Key = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AchievementId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DemandId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MatchId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SavedSearchId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Data = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
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
                name: "Recipients",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Role = table.Column<string>(
                        type: "nvarchar(30)",
                        maxLength: 30,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Regions = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Industries = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    MinimumScore = table.Column<double>(type: "float", nullable: false),
                    SeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recipients", x => x.OrganisationId);
                }
            );

            migrationBuilder.CreateTable(
                name: "SavedSearches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Side = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Text = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Frequency = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    DigestHour = table.Column<int>(type: "int", nullable: true),
                    Industry = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Province = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    City = table.Column<string>(
                        type: "nvarchar(30)",
                        maxLength: 30,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    MaturityMin = table.Column<int>(type: "int", nullable: true),
                    MaturityMax = table.Column<int>(type: "int", nullable: true),
                    PriceMin = table.Column<long>(type: "bigint", nullable: true),
                    PriceMax = table.Column<long>(type: "bigint", nullable: true),
                    CooperationMode = table.Column<string>(
                        type: "nvarchar(30)",
                        maxLength: 30,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastDigestAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedSearches", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "SavedSearchHits",
                columns: table => new
                {
                    SavedSearchId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ListingId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ListingVersion = table.Column<int>(type: "int", nullable: false),
                    HitAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DigestedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedSearchHits", x => new
                    {
                        x.SavedSearchId,
                        x.ListingId,
                        x.ListingVersion,
                    });
                }
            );

            migrationBuilder.CreateTable(
                name: "WebhookDeliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EndpointId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MessageId = table.Column<string>(
                        type: "nvarchar(64)",
                        maxLength: 64,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Type = table.Column<string>(
                        type: "nvarchar(50)",
                        maxLength: 50,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Body = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Status = table.Column<string>(
                        type: "nvarchar(20)",
                        maxLength: 20,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastAttemptAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DeliveredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastStatusCode = table.Column<int>(type: "int", nullable: true),
                    LastResponse = table.Column<string>(
                        type: "nvarchar(1024)",
                        maxLength: 1024,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    LastError = table.Column<string>(
                        type: "nvarchar(500)",
                        maxLength: 500,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    LeasedUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LeasedBy = table.Column<string>(
                        type: "nvarchar(64)",
                        maxLength: 64,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookDeliveries", x => x.Id);
                }
            );

            migrationBuilder.CreateTable(
                name: "WebhookEndpoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Url = table.Column<string>(
                        type: "nvarchar(2000)",
                        maxLength: 2000,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Types = table.Column<string>(
                        type: "nvarchar(max)",
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    Secret = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: false,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    PreviousSecret = table.Column<string>(
                        type: "nvarchar(100)",
                        maxLength: 100,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    PreviousSecretUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Enabled = table.Column<bool>(type: "bit", nullable: false),
                    DisabledReason = table.Column<string>(
                        type: "nvarchar(200)",
                        maxLength: 200,
                        nullable: true,
                        collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
                    ),
                    DisabledAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FailingSince = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookEndpoints", x => x.Id);
                }
            );

            migrationBuilder.CreateIndex(
                name: "IX_Listings_Side_Live_Deadline",
                table: "Listings",
                columns: new[] { "Side", "Live", "Deadline" }
            );

            migrationBuilder.CreateIndex(name: "IX_Matches_AchievementId", table: "Matches", column: "AchievementId");

            migrationBuilder.CreateIndex(name: "IX_Matches_DemandId", table: "Matches", column: "DemandId");

            migrationBuilder.CreateIndex(name: "IX_Notifications_MatchId", table: "Notifications", column: "MatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_OrganisationId_CreatedAt",
                table: "Notifications",
                columns: new[] { "OrganisationId", "CreatedAt" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_OrganisationId_Key",
                table: "Notifications",
                columns: new[] { "OrganisationId", "Key" },
                unique: true
            );

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_EventId",
                table: "OutboxMessages",
                column: "EventId",
                unique: true
            );

            migrationBuilder.CreateIndex(name: "IX_OutboxMessages_SentAt", table: "OutboxMessages", column: "SentAt");

            migrationBuilder.CreateIndex(name: "IX_Recipients_Role", table: "Recipients", column: "Role");

            migrationBuilder.CreateIndex(
                name: "IX_SavedSearches_OrganisationId_DeletedAt",
                table: "SavedSearches",
                columns: new[] { "OrganisationId", "DeletedAt" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_SavedSearches_UpdatedAt",
                table: "SavedSearches",
                column: "UpdatedAt"
            );

            migrationBuilder.CreateIndex(
                name: "IX_SavedSearchHits_SavedSearchId_DigestedAt",
                table: "SavedSearchHits",
                columns: new[] { "SavedSearchId", "DigestedAt" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_EndpointId_CreatedAt",
                table: "WebhookDeliveries",
                columns: new[] { "EndpointId", "CreatedAt" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_WebhookDeliveries_Status_NextAttemptAt",
                table: "WebhookDeliveries",
                columns: new[] { "Status", "NextAttemptAt" }
            );

            migrationBuilder.CreateIndex(
                name: "IX_WebhookEndpoints_OrganisationId_Enabled",
                table: "WebhookEndpoints",
                columns: new[] { "OrganisationId", "Enabled" }
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "InboxMessages");

            migrationBuilder.DropTable(name: "Listings");

            migrationBuilder.DropTable(name: "Matches");

            migrationBuilder.DropTable(name: "Notifications");

            migrationBuilder.DropTable(name: "OutboxMessages");

            migrationBuilder.DropTable(name: "Recipients");

            migrationBuilder.DropTable(name: "SavedSearches");

            migrationBuilder.DropTable(name: "SavedSearchHits");

            migrationBuilder.DropTable(name: "WebhookDeliveries");

            migrationBuilder.DropTable(name: "WebhookEndpoints");
        }
    }
}
