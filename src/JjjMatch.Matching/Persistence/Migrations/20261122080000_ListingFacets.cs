using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace JjjMatch.Matching.Persistence.Migrations;

/// <summary>
/// Province, industry (and its parent) and owner of each listing copy as columns, filled from the snapshot JSON, so the
/// broker queue and the feedback list filter and page in the database instead of reading every pending pair's listings.
/// </summary>
[DbContext(typeof(MatchingDbContext))]
[Migration("20261122080000_ListingFacets")]
public sealed class ListingFacets : Migration
{
    private static readonly string[] Tables = ["AchievementListings", "DemandListings"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        var postgres = migrationBuilder.ActiveProvider == "Npgsql.EntityFrameworkCore.PostgreSQL";
        foreach (var table in Tables)
        {
            migrationBuilder.AddColumn<string>("Province", table, maxLength: 20, nullable: false, defaultValue: "");
            migrationBuilder.AddColumn<string>("Industry", table, maxLength: 100, nullable: false, defaultValue: "");
            migrationBuilder.AddColumn<string>(
                "IndustryParent",
                table,
                maxLength: 100,
                nullable: false,
                defaultValue: ""
            );
            migrationBuilder.AddColumn<Guid>("OwnerId", table, nullable: false, defaultValue: Guid.Empty);
            migrationBuilder.Sql(
                postgres
                    ? $$"""
                    UPDATE "{{table}}" SET "Province" = COALESCE("Snapshot"::jsonb #>> '{region,province}', ''),
                        "Industry" = COALESCE("Snapshot"::jsonb ->> 'industry', ''),
                        "OwnerId" = COALESCE(
                            ("Snapshot"::jsonb ->> 'ownerId')::uuid, '00000000-0000-0000-0000-000000000000');
                    UPDATE "{{table}}" SET "IndustryParent" = split_part("Industry", '-', 1);
                    """
                    : $$"""
                    UPDATE "{{table}}" SET "Province" = COALESCE(json_extract("Snapshot", '$.region.province'), ''),
                        "Industry" = COALESCE(json_extract("Snapshot", '$.industry'), ''),
                        "OwnerId" = COALESCE(
                            upper(json_extract("Snapshot", '$.ownerId')), '00000000-0000-0000-0000-000000000000');
                    UPDATE "{{table}}" SET "IndustryParent" =
                        CASE WHEN instr("Industry", '-') > 0 THEN substr("Industry", 1, instr("Industry", '-') - 1)
                        ELSE "Industry" END;
                    """
            );
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
        {
            migrationBuilder.DropColumn("OwnerId", table);
            migrationBuilder.DropColumn("IndustryParent", table);
            migrationBuilder.DropColumn("Industry", table);
            migrationBuilder.DropColumn("Province", table);
        }
    }
}
