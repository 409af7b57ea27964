using JjjMatch.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Notifications.Persistence.Migrations;

/// <summary>Written by hand like the other services' ones; a schema drift test compares it with the model.</summary>
[DbContext(typeof(NotificationsDbContext))]
[Migration("20261209000000_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateOutboxAndInbox();
        migrationBuilder.AddOutboxCorrelationId();
        migrationBuilder.AddOutboxLeases();
        CreateNotifications(migrationBuilder);
        CreateCopies(migrationBuilder);
        CreateSavedSearches(migrationBuilder);
        CreateWebhooks(migrationBuilder);
    }

    private static void CreateNotifications(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Notifications",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Type = table.Column<string>(maxLength: 50, nullable: false),
                Key = table.Column<string>(maxLength: 200, nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                ReadAt = table.Column<DateTime>(nullable: true),
                AchievementId = table.Column<Guid>(nullable: true),
                DemandId = table.Column<Guid>(nullable: true),
                MatchId = table.Column<Guid>(nullable: true),
                ApplicationId = table.Column<Guid>(nullable: true),
                SavedSearchId = table.Column<Guid>(nullable: true),
                Data = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Notifications", n => n.Id)
        );
        migrationBuilder.CreateIndex(
            "IX_Notifications_OrganisationId_Key",
            "Notifications",
            ["OrganisationId", "Key"],
            unique: true
        );
        migrationBuilder.CreateIndex(
            "IX_Notifications_OrganisationId_CreatedAt",
            "Notifications",
            ["OrganisationId", "CreatedAt"]
        );
        migrationBuilder.CreateIndex("IX_Notifications_MatchId", "Notifications", "MatchId");

        migrationBuilder.CreateTable(
            name: "Recipients",
            columns: table => new
            {
                OrganisationId = table.Column<Guid>(nullable: false),
                Role = table.Column<string>(maxLength: 30, nullable: false),
                Regions = table.Column<string>(nullable: false),
                Industries = table.Column<string>(nullable: false),
                MinimumScore = table.Column<double>(nullable: false),
                SeenAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Recipients", r => r.OrganisationId)
        );
        migrationBuilder.CreateIndex("IX_Recipients_Role", "Recipients", "Role");
    }

    private static void CreateCopies(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Listings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Side = table.Column<string>(maxLength: 20, nullable: false),
                OwnerId = table.Column<Guid>(nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Industry = table.Column<string>(maxLength: 50, nullable: false),
                Province = table.Column<string>(maxLength: 20, nullable: false),
                City = table.Column<string>(maxLength: 30, nullable: true),
                MaturityLevel = table.Column<int>(nullable: true),
                PriceMin = table.Column<long>(nullable: true),
                PriceMax = table.Column<long>(nullable: true),
                Modes = table.Column<int>(nullable: false),
                Live = table.Column<bool>(nullable: false),
                Version = table.Column<int>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                Deadline = table.Column<DateTime>(nullable: true),
                Text = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Listings", l => l.Id)
        );
        migrationBuilder.CreateIndex("IX_Listings_Side_Live_Deadline", "Listings", ["Side", "Live", "Deadline"]);

        migrationBuilder.CreateTable(
            name: "Matches",
            columns: table => new
            {
                MatchId = table.Column<Guid>(nullable: false),
                AchievementId = table.Column<Guid>(nullable: false),
                DemandId = table.Column<Guid>(nullable: false),
                Score = table.Column<double>(nullable: false),
                SuggestedEventId = table.Column<Guid>(nullable: false),
                SuggestedAt = table.Column<DateTime>(nullable: false),
                Announced = table.Column<bool>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Matches", m => m.MatchId)
        );
        migrationBuilder.CreateIndex("IX_Matches_AchievementId", "Matches", "AchievementId");
        migrationBuilder.CreateIndex("IX_Matches_DemandId", "Matches", "DemandId");
    }

    private static void CreateSavedSearches(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SavedSearches",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Side = table.Column<string>(maxLength: 20, nullable: false),
                Text = table.Column<string>(maxLength: 200, nullable: false),
                Frequency = table.Column<string>(maxLength: 20, nullable: false),
                DigestHour = table.Column<int>(nullable: true),
                Industry = table.Column<string>(maxLength: 50, nullable: true),
                Province = table.Column<string>(maxLength: 20, nullable: true),
                City = table.Column<string>(maxLength: 30, nullable: true),
                MaturityMin = table.Column<int>(nullable: true),
                MaturityMax = table.Column<int>(nullable: true),
                PriceMin = table.Column<long>(nullable: true),
                PriceMax = table.Column<long>(nullable: true),
                CooperationMode = table.Column<string>(maxLength: 30, nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                UpdatedAt = table.Column<DateTime>(nullable: false),
                DeletedAt = table.Column<DateTime>(nullable: true),
                LastDigestAt = table.Column<DateTime>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SavedSearches", s => s.Id)
        );
        migrationBuilder.CreateIndex(
            "IX_SavedSearches_OrganisationId_DeletedAt",
            "SavedSearches",
            ["OrganisationId", "DeletedAt"]
        );
        migrationBuilder.CreateIndex("IX_SavedSearches_UpdatedAt", "SavedSearches", "UpdatedAt");

        migrationBuilder.CreateTable(
            name: "SavedSearchHits",
            columns: table => new
            {
                SavedSearchId = table.Column<Guid>(nullable: false),
                ListingId = table.Column<Guid>(nullable: false),
                ListingVersion = table.Column<int>(nullable: false),
                HitAt = table.Column<DateTime>(nullable: false),
                DigestedAt = table.Column<DateTime>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SavedSearchHits", h => new
                {
                    h.SavedSearchId,
                    h.ListingId,
                    h.ListingVersion,
                });
            }
        );
        migrationBuilder.CreateIndex(
            "IX_SavedSearchHits_SavedSearchId_DigestedAt",
            "SavedSearchHits",
            ["SavedSearchId", "DigestedAt"]
        );
    }

    private static void CreateWebhooks(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "WebhookEndpoints",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                Url = table.Column<string>(maxLength: 2000, nullable: false),
                Types = table.Column<string>(nullable: false),
                Secret = table.Column<string>(maxLength: 100, nullable: false),
                PreviousSecret = table.Column<string>(maxLength: 100, nullable: true),
                PreviousSecretUntil = table.Column<DateTime>(nullable: true),
                Enabled = table.Column<bool>(nullable: false),
                DisabledReason = table.Column<string>(maxLength: 200, nullable: true),
                DisabledAt = table.Column<DateTime>(nullable: true),
                FailingSince = table.Column<DateTime>(nullable: true),
                CreatedAt = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_WebhookEndpoints", e => e.Id)
        );
        migrationBuilder.CreateIndex(
            "IX_WebhookEndpoints_OrganisationId_Enabled",
            "WebhookEndpoints",
            ["OrganisationId", "Enabled"]
        );

        migrationBuilder.CreateTable(
            name: "WebhookDeliveries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                EndpointId = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                MessageId = table.Column<string>(maxLength: 64, nullable: false),
                Type = table.Column<string>(maxLength: 50, nullable: false),
                Body = table.Column<string>(nullable: false),
                Status = table.Column<string>(maxLength: 20, nullable: false),
                Attempts = table.Column<int>(nullable: false),
                CreatedAt = table.Column<DateTime>(nullable: false),
                NextAttemptAt = table.Column<DateTime>(nullable: false),
                LastAttemptAt = table.Column<DateTime>(nullable: true),
                DeliveredAt = table.Column<DateTime>(nullable: true),
                LastStatusCode = table.Column<int>(nullable: true),
                LastResponse = table.Column<string>(maxLength: 1024, nullable: true),
                LastError = table.Column<string>(maxLength: 500, nullable: true),
                LeasedUntil = table.Column<DateTime>(nullable: true),
                LeasedBy = table.Column<string>(maxLength: 64, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_WebhookDeliveries", d => d.Id)
        );
        migrationBuilder.CreateIndex(
            "IX_WebhookDeliveries_Status_NextAttemptAt",
            "WebhookDeliveries",
            ["Status", "NextAttemptAt"]
        );
        migrationBuilder.CreateIndex(
            "IX_WebhookDeliveries_EndpointId_CreatedAt",
            "WebhookDeliveries",
            ["EndpointId", "CreatedAt"]
        );
    }
}
