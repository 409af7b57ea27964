using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JjjMatch.Matching.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class SuspendedOrganisations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SuspendedOrganisations",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SuspendedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuspendedOrganisations", x => x.OrganisationId);
                }
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "SuspendedOrganisations");
        }
    }
}
