using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DockingGraph.Generator;

/// <summary>
/// LL2-shaped docking events (2.3.0, detailed mode) made up from a seed, nested as the recorded
/// responses in <c>data/ll2</c> are. Event <c>id</c> is a pure function of (seed, id), and so is
/// every record nested in it: the shared ones (stations, agencies, configurations, pads, ...)
/// come from a fixed catalogue and always have the same content at the same place, the per-event
/// ones (flights, launches, missions, landings) take their ids from the event's, so importing
/// any selection of events in any order gives the same records.
/// </summary>
public sealed partial class DockingEventGenerator
{
    /// <summary>Past this, the ids derived from an event's (four per event) would overflow.</summary>
    private const int MaxEventId = 100_000_000;

    /// <summary>How much the writer holds before it hands the bytes to the stream.</summary>
    private const int FlushThreshold = 64 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // LL2 sends names as UTF-8 text (Роскосмос, 天宫), not as \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly int seed;

    /// <param name="seed">The same seed gives byte-identical output.</param>
    public DockingEventGenerator(int seed = 1) => this.seed = seed;

    /// <summary>Docking event <paramref name="id"/> (1-based).</summary>
    public JsonObject Event(int id)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(id, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(id, MaxEventId);
        var plan = PlanOf(id);
        return new JsonObject
        {
            ["id"] = id,
            ["url"] = Ll2Text.Url("docking_events", id),
            ["docking"] = Ll2Text.Timestamp(plan.Docking),
            ["departure"] = plan.Departure is { } departure ? Ll2Text.Timestamp(departure) : null,
            ["docking_location"] = DockingLocation(plan),
            ["space_station_target"] = plan.Station is { } station ? Station(station) : null,
            ["flight_vehicle_target"] = plan.Kind == Kind.VehicleTarget ? SpacecraftFlight(plan, target: true) : null,
            ["payload_flight_target"] = plan.Payloads?.Target is not null ? PayloadFlight(plan, target: true) : null,
            ["response_mode"] = "detailed",
            ["flight_vehicle_chaser"] = plan.Chaser is not null ? SpacecraftFlight(plan, target: false) : null,
            ["space_station_chaser"] = plan.ChaserStation is { } chaser ? Station(chaser) : null,
            ["payload_flight_chaser"] = plan.Payloads is not null ? PayloadFlight(plan, target: false) : null,
        };
    }

    /// <summary>A list page of events 1 to <paramref name="count"/>, all on one page.</summary>
    public JsonObject Page(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxEventId);
        var results = new JsonArray();
        for (var id = 1; id <= count; id++)
        {
            results.Add(Event(id));
        }

        return new JsonObject { ["count"] = count, ["next"] = null, ["previous"] = null, ["results"] = results };
    }

    /// <summary>The same page as <see cref="Page"/>, written one event at a time: memory stays bounded for any count.</summary>
    public async Task WritePageAsync(Stream output, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxEventId);
        var writer = new Utf8JsonWriter(output, WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            writer.WriteStartObject();
            writer.WriteNumber("count", count);
            writer.WriteNull("next");
            writer.WriteNull("previous");
            writer.WriteStartArray("results");
            for (var id = 1; id <= count; id++)
            {
                Event(id).WriteTo(writer);
                if (writer.BytesPending > FlushThreshold)
                {
                    await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Ids of the records an event owns: four slots per event (chaser and target, spacecraft or payload flight).</summary>
    private static int Slot(int eventId, int role) => (4 * eventId) + role;
}
