using System.Data.Common;
using System.Text.Json;
using static DockingGraph.Bench.Floor.FloorJson;
using static DockingGraph.Bench.Floor.FloorStore;

namespace DockingGraph.Bench.Floor;

/// <summary>
/// One record by id (event 181, as the scenario asks: the floor answers only that body), by hand:
/// the event, its port, its chaser, the chaser's spacecraft. Four statements, as the gateway's.
/// </summary>
public sealed class EventByIdFloor(FloorStore store) : IFloorQuery
{
    private static readonly JsonEncodedText DockingEvent = JsonEncodedText.Encode("dockingEvent");

    private const string Event = """SELECT "Id", "Docking", "Departure", "DockingLocationId", "FlightVehicleChaserId" FROM "DockingEvents" WHERE "Id" = 181""";

    private readonly string locations = $"""SELECT "Id", "Name" FROM "DockingLocations" WHERE {store.OneOf("\"Id\"")}""";
    private readonly string flights = $"""SELECT "Id", "SpacecraftId" FROM "SpacecraftFlights" WHERE {store.OneOf("\"Id\"")}""";
    private readonly string spacecraft = $"""SELECT "Id", "Name" FROM "Spacecraft" WHERE {store.OneOf("\"Id\"")}""";

    public async Task<Action<Utf8JsonWriter>> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var found = (await store.ListAsync(connection, Event, null, row => new Record(row.GetInt32(0), Timestamp(row, 1), Timestamp(row, 2), Key(row, 3), Key(row, 4)), cancellationToken)).SingleOrDefault();
        var locationsOf = await store.RelatedAsync(connection, locations, Related.Keys([found?.Location]), Related.Read, cancellationToken);
        var flightsOf = await store.RelatedAsync(connection, flights, Related.Keys([found?.Chaser]), Related.Link, cancellationToken);
        var spacecraftOf = await store.RelatedAsync(connection, spacecraft, Related.Keys(flightsOf.Values.Select(f => f.Next)), Related.Read, cancellationToken);

        return writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartObject(Data);
            if (found is null)
            {
                writer.WriteNull(DockingEvent);
            }
            else
            {
                writer.WriteStartObject(DockingEvent);
                writer.WriteNumber(Id, found.Id);
                WriteTimestamp(writer, Docking, found.Docking);
                WriteTimestamp(writer, Departure, found.Departure);
                WriteIdAndName(writer, DockingLocation, Related.Find(locationsOf, found.Location));
                if (Related.Find(flightsOf, found.Chaser) is { } chaser)
                {
                    writer.WriteStartObject(FlightVehicleChaser);
                    writer.WriteNumber(Id, chaser.Id);
                    if (Related.Find(spacecraftOf, chaser.Next) is { } craft)
                    {
                        writer.WriteStartObject(Spacecraft);
                        writer.WriteString(Name, craft.Text);
                        writer.WriteEndObject();
                    }
                    else
                    {
                        writer.WriteNull(Spacecraft);
                    }

                    writer.WriteEndObject();
                }
                else
                {
                    writer.WriteNull(FlightVehicleChaser);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        };
    }

    private sealed record Record(int Id, DateTime? Docking, DateTime? Departure, int? Location, int? Chaser);
}
