using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace JjjMatch.Demands.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class OutboxTraceParent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TraceParent",
                table: "OutboxMessages",
                type: "nvarchar(55)",
                maxLength: 55,
                nullable: true,
                collation: "Chinese_Simplified_Pinyin_100_CS_AS_SC"
            );
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(name: "TraceParent", table: "OutboxMessages");
        }
    }
}
