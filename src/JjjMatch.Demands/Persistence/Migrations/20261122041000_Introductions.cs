using JjjMatch.BuildingBlocks.Introductions;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Demands.Persistence.Migrations;

/// <summary>Organisations introduced to a demand by an accepted match (they may see its contact and enterprise name).</summary>
[DbContext(typeof(DemandsDbContext))]
[Migration("20261122041000_Introductions")]
public sealed class Introductions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.CreateIntroductions();

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("Introductions");
}
