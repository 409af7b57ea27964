using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.BuildingBlocks.Introductions;

/// <summary>Recording and checking introductions in a listing service's own database.</summary>
public static class Introductions
{
    /// <summary>Adds an introduction of each organisation to the listing, unless it was introduced already (by this or another match).</summary>
    public static async Task IntroduceAsync(this DbContext db, Guid listingId, IEnumerable<Guid> organisations, Guid matchId, DateTime at, CancellationToken cancellationToken)
    {
        var set = db.Set<Introduction>();
        foreach (var organisation in organisations.Where(o => o != Guid.Empty).Distinct())
        {
            if (!await set.AnyAsync(i => i.ListingId == listingId && i.OrganisationId == organisation, cancellationToken))
            {
                set.Add(new Introduction { ListingId = listingId, OrganisationId = organisation, MatchId = matchId, IntroducedAt = at });
            }
        }
    }

    public static Task<bool> IsIntroducedAsync(this DbContext db, Guid listingId, Guid? organisation, CancellationToken cancellationToken) =>
        organisation is { } org
            ? db.Set<Introduction>().AnyAsync(i => i.ListingId == listingId && i.OrganisationId == org, cancellationToken)
            : Task.FromResult(false);

    /// <summary>The Introductions table, added by a later migration of each listing service.</summary>
    public static void CreateIntroductions(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Introductions",
            columns: table => new
            {
                ListingId = table.Column<Guid>(nullable: false),
                OrganisationId = table.Column<Guid>(nullable: false),
                MatchId = table.Column<Guid>(nullable: false),
                IntroducedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Introductions", i => new { i.ListingId, i.OrganisationId }));
        migrationBuilder.CreateIndex("IX_Introductions_MatchId", "Introductions", "MatchId");
    }
}
