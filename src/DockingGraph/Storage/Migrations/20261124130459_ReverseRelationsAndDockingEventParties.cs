using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DockingGraph.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ReverseRelationsAndDockingEventParties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The reverse relations are navigations only; the parties of docking events are a view
            // (EF Core does not create views). Plain SQL that SQLite and PostgreSQL both run.
            migrationBuilder.Sql("""
                CREATE VIEW "DockingEventParties" AS
                SELECT "Id" AS "DockingEventId", 'chaser' AS "Role", "FlightVehicleChaserId" AS "SpacecraftFlightId",
                       "PayloadFlightChaserId" AS "PayloadFlightId", "SpaceStationChaserId" AS "SpaceStationId"
                FROM "DockingEvents"
                UNION ALL
                SELECT "Id", 'target', "FlightVehicleTargetId", "PayloadFlightTargetId", "SpaceStationTargetId"
                FROM "DockingEvents"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP VIEW \"DockingEventParties\"");
        }
    }
}
