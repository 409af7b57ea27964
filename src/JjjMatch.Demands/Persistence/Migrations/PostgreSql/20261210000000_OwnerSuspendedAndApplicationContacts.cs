using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JjjMatch.Demands.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OwnerSuspendedAndApplicationContacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ByAward",
                table: "Introductions",
                type: "boolean",
                nullable: false,
                defaultValue: false
            );

            migrationBuilder.AddColumn<bool>(
                name: "OwnerSuspended",
                table: "Demands",
                type: "boolean",
                nullable: false,
                defaultValue: false
            );

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Applications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true
            );

            migrationBuilder.AddColumn<string>(
                name: "ContactName",
                table: "Applications",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: ""
            );

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Applications",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "ByAward", table: "Introductions");

            migrationBuilder.DropColumn(name: "OwnerSuspended", table: "Demands");

            migrationBuilder.DropColumn(name: "ContactEmail", table: "Applications");

            migrationBuilder.DropColumn(name: "ContactName", table: "Applications");

            migrationBuilder.DropColumn(name: "ContactPhone", table: "Applications");
        }
    }
}
