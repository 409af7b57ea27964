using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Demands.Persistence.Migrations;

/// <summary>
/// The import command's key (SHA-256 of the source line): null for demands made through the API, unique otherwise.
/// </summary>
[DbContext(typeof(DemandsDbContext))]
[Migration("20261122030100_ImportKey")]
public sealed class ImportKey : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("ImportKey", "Demands", maxLength: 64, nullable: true);
        migrationBuilder.CreateIndex("IX_Demands_ImportKey", "Demands", "ImportKey", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Demands_ImportKey", "Demands");
        migrationBuilder.DropColumn("ImportKey", "Demands");
    }
}
