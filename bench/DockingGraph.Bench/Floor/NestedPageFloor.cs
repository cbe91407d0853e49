using System.Data.Common;
using System.Text.Json;
using static DockingGraph.Bench.Floor.FloorJson;
using static DockingGraph.Bench.Floor.FloorStore;

namespace DockingGraph.Bench.Floor;

/// <summary>
/// The nested page (100 events by docking, newest first, with their to-one chain), by hand: the
/// page and its count, then one statement per record type of the chain by the distinct keys of the
/// level above, each reading only the columns asked: eight statements, run one after another.
/// </summary>
public sealed class NestedPageFloor(FloorStore store) : IFloorQuery
{
    private static readonly JsonEncodedText DockingEvents = JsonEncodedText.Encode("dockingEvents");
    private static readonly JsonEncodedText Spacestation = JsonEncodedText.Encode("spacestation");
    private static readonly JsonEncodedText SpaceStationTarget = JsonEncodedText.Encode("spaceStationTarget");
    private static readonly JsonEncodedText Destination = JsonEncodedText.Encode("destination");
    private static readonly JsonEncodedText SpacecraftConfig = JsonEncodedText.Encode("spacecraftConfig");
    private static readonly JsonEncodedText Agency = JsonEncodedText.Encode("agency");

    // The gateway's order for `docking: DESC`: nulls first (as PostgreSQL sorts them), then the id.
    private const string Page = """SELECT "Id", "Docking", "Departure", "DockingLocationId", "SpaceStationTargetId", "FlightVehicleChaserId" FROM "DockingEvents" ORDER BY "Docking" DESC NULLS FIRST, "Id" LIMIT 100""";
    private const string Count = """SELECT COUNT(*) FROM "DockingEvents" """;

    private readonly string locations = $"""SELECT "Id", "Name", "SpacestationId" FROM "DockingLocations" WHERE {store.OneOf("\"Id\"")}""";
    private readonly string flights = $"""SELECT "Id", "Destination", "SpacecraftId" FROM "SpacecraftFlights" WHERE {store.OneOf("\"Id\"")}""";
    private readonly string stations = $"""SELECT "Id", "Name" FROM "SpaceStations" WHERE {store.OneOf("\"Id\"")}""";
    private readonly string spacecraft = $"""SELECT "Id", "Name", "SpacecraftConfigId" FROM "Spacecraft" WHERE {store.OneOf("\"Id\"")}""";
    private readonly string configurations = $"""SELECT "Id", "Name", "AgencyId" FROM "SpacecraftConfigurations" WHERE {store.OneOf("\"Id\"")}""";
    private readonly string agencies = $"""SELECT "Id", "Name" FROM "Agencies" WHERE {store.OneOf("\"Id\"")}""";

    public async Task<Action<Utf8JsonWriter>> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var events = await store.ListAsync(connection, Page, null, row => new Event(row.GetInt32(0), Timestamp(row, 1), Timestamp(row, 2), Key(row, 3), Key(row, 4), Key(row, 5)), cancellationToken);
        var total = (await store.ListAsync(connection, Count, null, row => row.GetInt64(0), cancellationToken))[0];
        var locationsOf = await store.RelatedAsync(connection, locations, Related.Keys(events.Select(e => e.Location)), Related.Read, cancellationToken);
        var flightsOf = await store.RelatedAsync(connection, flights, Related.Keys(events.Select(e => e.Chaser)), Related.Read, cancellationToken);

        // Stations are asked at two levels (the target, the port's station): one statement for both.
        var stationsOf = await store.RelatedAsync(connection, stations, Related.Keys(events.Select(e => e.Target).Concat(locationsOf.Values.Select(l => l.Next))), Related.Read, cancellationToken);
        var spacecraftOf = await store.RelatedAsync(connection, spacecraft, Related.Keys(flightsOf.Values.Select(f => f.Next)), Related.Read, cancellationToken);
        var configurationsOf = await store.RelatedAsync(connection, configurations, Related.Keys(spacecraftOf.Values.Select(s => s.Next)), Related.Read, cancellationToken);
        var agenciesOf = await store.RelatedAsync(connection, agencies, Related.Keys(configurationsOf.Values.Select(c => c.Next)), Related.Read, cancellationToken);

        return writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject(Data);
            writer.WriteStartObject(DockingEvents);
            writer.WriteNumber(TotalCount, total);
            writer.WriteStartArray(Nodes);
            foreach (var e in events)
            {
                writer.WriteStartObject();
                writer.WriteNumber(Id, e.Id);
                WriteTimestamp(writer, Docking, e.Docking);
                WriteTimestamp(writer, Departure, e.Departure);
                if (Related.Find(locationsOf, e.Location) is { } location)
                {
                    writer.WriteStartObject(DockingLocation);
                    writer.WriteNumber(Id, location.Id);
                    writer.WriteString(Name, location.Text);
                    WriteIdAndName(writer, Spacestation, Related.Find(stationsOf, location.Next));
                    writer.WriteEndObject();
                }
                else
                {
                    writer.WriteNull(DockingLocation);
                }

                WriteIdAndName(writer, SpaceStationTarget, Related.Find(stationsOf, e.Target));
                WriteChaser(writer, Related.Find(flightsOf, e.Chaser), spacecraftOf, configurationsOf, agenciesOf);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        };
    }

    private static void WriteChaser(Utf8JsonWriter writer, Related? flight, Dictionary<int, Related> spacecraftOf, Dictionary<int, Related> configurationsOf, Dictionary<int, Related> agenciesOf)
    {
        if (flight is not { } chaser)
        {
            writer.WriteNull(FlightVehicleChaser);
            return;
        }

        writer.WriteStartObject(FlightVehicleChaser);
        writer.WriteNumber(Id, chaser.Id);
        writer.WriteString(Destination, chaser.Text);
        if (Related.Find(spacecraftOf, chaser.Next) is { } craft)
        {
            writer.WriteStartObject(Spacecraft);
            writer.WriteNumber(Id, craft.Id);
            writer.WriteString(Name, craft.Text);
            if (Related.Find(configurationsOf, craft.Next) is { } configuration)
            {
                writer.WriteStartObject(SpacecraftConfig);
                writer.WriteNumber(Id, configuration.Id);
                writer.WriteString(Name, configuration.Text);
                WriteIdAndName(writer, Agency, Related.Find(agenciesOf, configuration.Next));
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull(SpacecraftConfig);
            }

            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull(Spacecraft);
        }

        writer.WriteEndObject();
    }

    private sealed record Event(int Id, DateTime? Docking, DateTime? Departure, int? Location, int? Target, int? Chaser);
}
