using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JjjMatch.Achievements.Persistence.Migrations.SqlServer
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
                type: "bit",
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
