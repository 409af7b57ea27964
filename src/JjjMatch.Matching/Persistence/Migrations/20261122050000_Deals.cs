using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Matching.Persistence.Migrations;

/// <summary>Technology contracts recorded on accepted matches (money in fen, like every amount).</summary>
[DbContext(typeof(MatchingDbContext))]
[Migration("20261122050000_Deals")]
public sealed class Deals : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Deals",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MatchId = table.Column<Guid>(nullable: false),
                AchievementId = table.Column<Guid>(nullable: false),
                DemandId = table.Column<Guid>(nullable: false),
                ContractType = table.Column<string>(maxLength: 20, nullable: false),
                Amount = table.Column<long>(nullable: false),
                TechnologyAmount = table.Column<long>(nullable: false),
                SignedOn = table.Column<DateOnly>(nullable: false),
                ContractNumber = table.Column<string>(maxLength: 50, nullable: true),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                SellerOrganisationId = table.Column<Guid>(nullable: false),
                SellerName = table.Column<string>(maxLength: 100, nullable: false),
                SellerProvince = table.Column<string>(maxLength: 20, nullable: false),
                BuyerOrganisationId = table.Column<Guid>(nullable: false),
                BuyerName = table.Column<string>(maxLength: 100, nullable: false),
                BuyerProvince = table.Column<string>(maxLength: 20, nullable: false),
                Industry = table.Column<string>(maxLength: 100, nullable: false),
                TechnologyField = table.Column<string>(maxLength: 100, nullable: true),
                BrokerOrganisationId = table.Column<Guid>(nullable: false),
                BrokerName = table.Column<string>(maxLength: 100, nullable: true),
                AcceptedAt = table.Column<DateTime>(nullable: false),
                RecordedById = table.Column<Guid>(nullable: false),
                RecordedByOrganisationId = table.Column<Guid>(nullable: false),
                RecordedAt = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Deals", d => d.Id)
        );
        migrationBuilder.CreateIndex("IX_Deals_MatchId", "Deals", "MatchId", unique: true);
        migrationBuilder.CreateIndex("IX_Deals_SignedOn", "Deals", "SignedOn");
        migrationBuilder.CreateIndex("IX_Deals_BrokerOrganisationId", "Deals", "BrokerOrganisationId");
    }
}
