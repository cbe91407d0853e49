using System.Data.Common;
using System.Text.Json;
using static DockingGraph.Bench.Floor.FloorJson;
using static DockingGraph.Bench.Floor.FloorStore;

namespace DockingGraph.Bench.Floor;

/// <summary>
/// Stations → events → chaser, by hand: the first 10 stations, then each one's first 10 docking
/// events (as chaser or target, through the gateway's own <c>DockingEventParties</c> view) with
/// each station's count in the same windowed statement, then the chasers, then their spacecraft.
/// Four statements (the gateway counts the events apart: five).
/// </summary>
public sealed class StationEventsFloor(FloorStore store) : IFloorQuery
{
    private static readonly JsonEncodedText SpaceStations = JsonEncodedText.Encode("spaceStations");
    private static readonly JsonEncodedText DockingEvents = JsonEncodedText.Encode("dockingEvents");

    private const string Stations = """SELECT "Id", "Name" FROM "SpaceStations" ORDER BY "Id" LIMIT 10""";

    // Numbered and counted per station before the cut, in the gateway's order for `docking: DESC`.
    private readonly string events = $"""
        SELECT "Station", "Total", "Id", "Docking", "FlightVehicleChaserId" FROM (
            SELECT p."SpaceStationId" AS "Station", e."Id", e."Docking", e."FlightVehicleChaserId",
                   ROW_NUMBER() OVER (PARTITION BY p."SpaceStationId" ORDER BY e."Docking" DESC NULLS FIRST, e."Id") AS "Row",
                   COUNT(*) OVER (PARTITION BY p."SpaceStationId") AS "Total"
            FROM "DockingEventParties" AS p JOIN "DockingEvents" AS e ON e."Id" = p."DockingEventId"
            WHERE {store.OneOf("p.\"SpaceStationId\"")}) AS ranked
        WHERE "Row" <= 10 ORDER BY "Station", "Row"
        """;

    private readonly string flights = $"""SELECT "Id", "SpacecraftId" FROM "SpacecraftFlights" WHERE {store.OneOf("\"Id\"")}""";
    private readonly string spacecraft = $"""SELECT "Id", "Name" FROM "Spacecraft" WHERE {store.OneOf("\"Id\"")}""";

    public async Task<Action<Utf8JsonWriter>> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var stations = await store.ListAsync(connection, Stations, null, Related.Read, cancellationToken);
        var events = await store.ListAsync(connection, this.events, Related.Keys(stations.Select(s => (int?)s.Id)), row => new Event(row.GetInt32(0), row.GetInt64(1), row.GetInt32(2), Timestamp(row, 3), Key(row, 4)), cancellationToken);
        var flightsOf = await store.RelatedAsync(connection, flights, Related.Keys(events.Select(e => e.Chaser)), Related.Link, cancellationToken);
        var spacecraftOf = await store.RelatedAsync(connection, spacecraft, Related.Keys(flightsOf.Values.Select(f => f.Next)), Related.Read, cancellationToken);
        var byStation = events.ToLookup(e => e.Station);

        return writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject(Data);
            writer.WriteStartObject(SpaceStations);
            writer.WriteStartArray(Nodes);
            foreach (var station in stations)
            {
                var its = byStation[station.Id];
                writer.WriteStartObject();
                writer.WriteNumber(Id, station.Id);
                writer.WriteString(Name, station.Text);
                writer.WriteStartObject(DockingEvents);
                writer.WriteNumber(TotalCount, its.FirstOrDefault()?.Total ?? 0);
                writer.WriteStartArray(Nodes);
                foreach (var e in its)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber(Id, e.Id);
                    WriteTimestamp(writer, Docking, e.Docking);
                    if (Related.Find(flightsOf, e.Chaser) is { } chaser)
                    {
                        writer.WriteStartObject(FlightVehicleChaser);
                        writer.WriteNumber(Id, chaser.Id);
                        WriteIdAndName(writer, Spacecraft, Related.Find(spacecraftOf, chaser.Next));
                        writer.WriteEndObject();
                    }
                    else
                    {
                        writer.WriteNull(FlightVehicleChaser);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        };
    }

    private sealed record Event(int Station, long Total, int Id, DateTime? Docking, int? Chaser);
}
