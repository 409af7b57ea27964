using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Demands.Persistence.Migrations;

/// <summary>Listings of an organisation the operator suspended are marked (docs/accounts.md).</summary>
[DbContext(typeof(DemandsDbContext))]
[Migration("20261209000000_OwnerSuspended")]
public sealed class OwnerSuspended : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<bool>("OwnerSuspended", "Demands", nullable: false, defaultValue: false);
}
