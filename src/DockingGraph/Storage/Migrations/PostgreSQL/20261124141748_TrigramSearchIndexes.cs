using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DockingGraph.Storage.Migrations.PostgreSQL
{
    /// <inheritdoc />
    public partial class TrigramSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "IX_SpaceStations_NameSearch",
                table: "SpaceStations",
                column: "NameSearch")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_SpacecraftConfigurations_NameSearch",
                table: "SpacecraftConfigurations",
                column: "NameSearch")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Spacecraft_NameSearch",
                table: "Spacecraft",
                column: "NameSearch")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Payloads_NameSearch",
                table: "Payloads",
                column: "NameSearch")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_DockingLocations_NameSearch",
                table: "DockingLocations",
                column: "NameSearch")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_AbbrevSearch",
                table: "Agencies",
                column: "AbbrevSearch")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_NameSearch",
                table: "Agencies",
                column: "NameSearch")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SpaceStations_NameSearch",
                table: "SpaceStations");

            migrationBuilder.DropIndex(
                name: "IX_SpacecraftConfigurations_NameSearch",
                table: "SpacecraftConfigurations");

            migrationBuilder.DropIndex(
                name: "IX_Spacecraft_NameSearch",
                table: "Spacecraft");

            migrationBuilder.DropIndex(
                name: "IX_Payloads_NameSearch",
                table: "Payloads");

            migrationBuilder.DropIndex(
                name: "IX_DockingLocations_NameSearch",
                table: "DockingLocations");

            migrationBuilder.DropIndex(
                name: "IX_Agencies_AbbrevSearch",
                table: "Agencies");

            migrationBuilder.DropIndex(
                name: "IX_Agencies_NameSearch",
                table: "Agencies");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
