using System.Text.Json.Nodes;

namespace DockingGraph.Import;

/// <summary>One docking event read from an LL2 body.</summary>
/// <param name="Body">The body it came from in messages: its file, or the address of its page.</param>
/// <param name="Record">The event in 2.3.0 shape (a 2.2.0 event is mapped onto it).</param>
/// <param name="Source">The event as LL2 sent it.</param>
/// <param name="Path">Where it is in its body (<c>$.results[3]</c>, or <c>$</c> for a single record).</param>
internal sealed record Ll2Event(string Body, JsonObject Record, JsonObject Source, FormRank Rank, string Path)
{
    public static Ll2Event Read(string body, JsonNode? node, string path)
    {
        if (node is not JsonObject source || source["id"] is not JsonValue || !source.ContainsKey("docking") || !source.ContainsKey("docking_location"))
        {
            throw new Ll2FormatException("not an LL2 docking event (an object with id, docking and docking_location)").Within(path);
        }

        return IsVersion220(source)
            ? new Ll2Event(body, MapVersion220(source), source, FormRank.V220, path)
            : new Ll2Event(body, source, source, FormRank.Normal, path);
    }

    private static bool IsVersion220(JsonObject source) =>
        source["url"] is JsonValue url && url.ToString().Contains("/2.2.0/", StringComparison.Ordinal)
        || source.ContainsKey("flight_vehicle")
        || source.ContainsKey("launch_id");

    /// <summary>
    /// 2.2.0 names the same things differently: <c>flight_vehicle</c> is the chaser spacecraft
    /// flight, the location's <c>spacestation</c> is the target station, and <c>launch_id</c> is
    /// the chaser flight's launch.
    /// </summary>
    private static JsonObject MapVersion220(JsonObject source)
    {
        var record = source.DeepClone().AsObject();
        if (record.Remove("flight_vehicle", out var chaser))
        {
            record["flight_vehicle_chaser"] = chaser;
        }

        if (record["docking_location"]?["spacestation"] is JsonObject station && record["space_station_target"] is null)
        {
            record["space_station_target"] = station.DeepClone();
        }

        if (record.Remove("launch_id", out var launchId) && launchId is not null
            && record["flight_vehicle_chaser"] is JsonObject flight && flight["launch"] is null)
        {
            flight["launch"] = new JsonObject { ["id"] = launchId };
        }

        return record;
    }
}
