using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JjjMatch.Notifications.Persistence.Migrations.Sqlite
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
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Consumer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Province = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    City = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    MaturityLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    PriceMin = table.Column<long>(type: "INTEGER", nullable: true),
                    PriceMax = table.Column<long>(type: "INTEGER", nullable: true),
                    Modes = table.Column<int>(type: "INTEGER", nullable: false),
                    Live = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
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
                    MatchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AchievementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DemandId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    SuggestedEventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SuggestedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Announced = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AchievementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DemandId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SavedSearchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Data = table.Column<string>(type: "TEXT", nullable: false),
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
                        .Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventType = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CorrelationId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LeasedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LeasedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
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
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Regions = table.Column<string>(type: "TEXT", nullable: false),
                    Industries = table.Column<string>(type: "TEXT", nullable: false),
                    MinimumScore = table.Column<double>(type: "REAL", nullable: false),
                    SeenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DigestHour = table.Column<int>(type: "INTEGER", nullable: true),
                    Industry = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Province = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    MaturityMin = table.Column<int>(type: "INTEGER", nullable: true),
                    MaturityMax = table.Column<int>(type: "INTEGER", nullable: true),
                    PriceMin = table.Column<long>(type: "INTEGER", nullable: true),
                    PriceMax = table.Column<long>(type: "INTEGER", nullable: true),
                    CooperationMode = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastDigestAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
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
                    SavedSearchId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ListingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ListingVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    HitAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DigestedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EndpointId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DeliveredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastStatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    LastResponse = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LeasedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LeasedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Types = table.Column<string>(type: "TEXT", nullable: false),
                    Secret = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PreviousSecret = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PreviousSecretUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    DisabledReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DisabledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FailingSince = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
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
