using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Matching.Persistence.Migrations;

/// <summary>
/// Brokers' review of suggestions: who holds a match, the decision, and the audit trail of every step.
/// </summary>
[DbContext(typeof(MatchingDbContext))]
[Migration("20261122040000_MatchReview")]
public sealed class MatchReview : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<Guid>("ReviewerId", "Matches", nullable: true);
        migrationBuilder.AddColumn<Guid>("ReviewerOrganisationId", "Matches", nullable: true);
        migrationBuilder.AddColumn<DateTime>("ClaimedAt", "Matches", nullable: true);
        migrationBuilder.AddColumn<DateTime>("DecidedAt", "Matches", nullable: true);
        migrationBuilder.AddColumn<string>("RejectionReason", "Matches", maxLength: 30, nullable: true);
        migrationBuilder.AddColumn<string>("RejectionNote", "Matches", maxLength: 1000, nullable: true);

        migrationBuilder.CreateTable(
            name: "MatchDecisions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MatchId = table.Column<Guid>(nullable: false),
                Action = table.Column<string>(maxLength: 20, nullable: false),
                PreviousStatus = table.Column<string>(maxLength: 20, nullable: false),
                NewStatus = table.Column<string>(maxLength: 20, nullable: false),
                ActorId = table.Column<Guid>(nullable: false),
                ActorOrganisationId = table.Column<Guid>(nullable: false),
                At = table.Column<DateTime>(nullable: false),
                RejectionReason = table.Column<string>(maxLength: 30, nullable: true),
                Note = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_MatchDecisions", d => d.Id)
        );
        migrationBuilder.CreateIndex("IX_MatchDecisions_MatchId", "MatchDecisions", "MatchId");
        migrationBuilder.CreateIndex("IX_MatchDecisions_At", "MatchDecisions", "At");
    }
}
