using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JjjMatch.Demands.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DeadlinesEndOfBeijingDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A deadline became a Beijing calendar date (the last day of applications), stored as the instant that
            // day ends (16:00 UTC). A stored instant becomes the end of the Beijing day it fell on, so no open list
            // closes earlier than it did (docs/demands.md, "Deadline and expiry").
            migrationBuilder.Sql(
                """
                UPDATE "Demands"
                SET "Deadline" = (
                    (("Deadline" AT TIME ZONE 'UTC') + interval '8 hours' - interval '1 microsecond')::date
                    + time '16:00'
                ) AT TIME ZONE 'UTC';
                """
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The earlier times of day are not kept; an end-of-day deadline is a valid instant for the old release.
        }
    }
}
