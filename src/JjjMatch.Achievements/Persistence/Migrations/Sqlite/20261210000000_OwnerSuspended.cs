using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JjjMatch.Achievements.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OwnerSuspended : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "OwnerSuspended",
                table: "Achievements",
                type: "INTEGER",
                nullable: false,
                defaultValue: false
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "OwnerSuspended", table: "Achievements");
        }
    }
}
