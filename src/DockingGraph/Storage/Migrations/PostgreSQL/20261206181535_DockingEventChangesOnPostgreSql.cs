using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DockingGraph.Storage.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class DockingEventChangesOnPostgreSql : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DockingEventChanges",
                columns: table => new
                {
                    Version = table.Column<long>(type: "bigint", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    DockingEventId = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DockingEventChanges", x => new { x.Version, x.Position });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DockingEventChanges");
        }
    }
}
