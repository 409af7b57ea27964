using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.BuildingBlocks.Persistence;

/// <summary>The outbox and inbox tables every service database starts with.</summary>
public static class MessagingTablesMigration
{
    public static void CreateOutboxAndInbox(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "OutboxMessages",
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
                EventType = table.Column<string>(maxLength: 300, nullable: false),
                Payload = table.Column<string>(nullable: false),
                OccurredAt = table.Column<DateTime>(nullable: false),
                SentAt = table.Column<DateTime>(nullable: true),
                Attempts = table.Column<int>(nullable: false),
                LastError = table.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_OutboxMessages", m => m.Sequence)
        );
        migrationBuilder.CreateIndex("IX_OutboxMessages_EventId", "OutboxMessages", "EventId", unique: true);
        migrationBuilder.CreateIndex("IX_OutboxMessages_SentAt", "OutboxMessages", "SentAt");

        migrationBuilder.CreateTable(
            name: "InboxMessages",
            columns: table => new
            {
                EventId = table.Column<Guid>(nullable: false),
                Consumer = table.Column<string>(maxLength: 200, nullable: false),
                ProcessedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_InboxMessages", m => new { m.EventId, m.Consumer })
        );
    }

    /// <summary>Second release: outbox rows remember the correlation id of what caused them.</summary>
    public static void AddOutboxCorrelationId(this MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>("CorrelationId", "OutboxMessages", maxLength: 64, nullable: true);

    /// <summary>Replicas of one service: each outbox row is leased to one dispatcher at a time.</summary>
    public static void AddOutboxLeases(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>("LeasedUntil", "OutboxMessages", nullable: true);
        migrationBuilder.AddColumn<string>(
            "LeasedBy",
            "OutboxMessages",
            maxLength: Outbox.OutboxLeases.HolderLength,
            nullable: true
        );
    }
}
