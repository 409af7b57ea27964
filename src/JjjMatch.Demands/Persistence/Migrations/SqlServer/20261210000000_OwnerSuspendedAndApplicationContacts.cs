using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JjjMatch.Demands.Persistence.Migrations.SqlServer
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
                type: "bit",
                nullable: false,
                defaultValue: false
            );

            migrationBuilder.AddColumn<bool>(
                name: "OwnerSuspended",
                table: "Demands",
                type: "bit",
                nullable: false,
                defaultValue: false
            );

            migrationBuilder.AddColumn<string>(
                name: "ContactEmail",
                table: "Applications",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true,
                collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
            );

            migrationBuilder.AddColumn<string>(
                name: "ContactName",
                table: "Applications",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "",
                collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
            );

            migrationBuilder.AddColumn<string>(
                name: "ContactPhone",
                table: "Applications",
                type: "nvarchar(30)",
                maxLength: 30,
                nullable: true,
                collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
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
