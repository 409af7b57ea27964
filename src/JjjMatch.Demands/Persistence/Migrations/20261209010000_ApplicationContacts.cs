using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Demands.Persistence.Migrations;

/// <summary>
/// An application carries the applicant's contact, and an award introduces the winner to the demand as an accepted
/// match does (an introduction by application instead of by match). Applications from before have an empty contact.
/// </summary>
[DbContext(typeof(DemandsDbContext))]
[Migration("20261209010000_ApplicationContacts")]
public sealed class ApplicationContacts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            "ContactName",
            "Applications",
            maxLength: 100,
            nullable: false,
            defaultValue: ""
        );
        migrationBuilder.AddColumn<string>("ContactPhone", "Applications", maxLength: 30, nullable: true);
        migrationBuilder.AddColumn<string>("ContactEmail", "Applications", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<bool>("ByAward", "Introductions", nullable: false, defaultValue: false);
    }
}
