using System.Text.Json;
using System.Text.Json.Nodes;

namespace DockingGraph.Import;

/// <summary>
/// One LL2 response body of docking events: a single record or a list page, 2.3.0 or 2.2.0,
/// any mode. Loading checks the whole body before anything is written.
/// </summary>
internal sealed record Ll2Body(string File, IReadOnlyList<Ll2Body.Event> Events, string? Next = null)
{
    /// <param name="Record">The event in 2.3.0 shape (a 2.2.0 event is mapped onto it).</param>
    /// <param name="Source">The event as LL2 sent it.</param>
    internal sealed record Event(JsonObject Record, JsonObject Source, FormRank Rank, string Path);

    public static Ll2Body Load(string file)
    {
        using var stream = System.IO.File.OpenRead(file);
        return Parse(file, stream);
    }

    /// <param name="name">What the body is called in messages: its file, or the address it came from.</param>
    public static Ll2Body Parse(string name, Stream json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new Ll2FormatException($"not complete JSON ({ex.Message})");
        }

        if (root is not JsonObject body)
        {
            throw new Ll2FormatException("not an LL2 docking event body: expected a JSON object");
        }

        if (body["results"] is JsonArray results)
        {
            var events = results.Select((result, i) => ReadEvent(result, $"$.results[{i}]")).ToList();
            var next = body["next"] switch
            {
                null => null,
                JsonValue link when link.GetValueKind() == JsonValueKind.String => link.GetValue<string>(),
                _ => throw new Ll2FormatException("not an LL2 list page: `next` must be an address or null"),
            };
            return new Ll2Body(name, events, next);
        }

        if (body.ContainsKey("results") || body.ContainsKey("count"))
        {
            throw new Ll2FormatException("not an LL2 list page: `results` must be a list");
        }

        return new Ll2Body(name, [ReadEvent(body, "$")]);
    }

    private static Event ReadEvent(JsonNode? node, string path)
    {
        if (node is not JsonObject source || source["id"] is not JsonValue || !source.ContainsKey("docking") || !source.ContainsKey("docking_location"))
        {
            throw new Ll2FormatException($"{path}: not an LL2 docking event (an object with id, docking and docking_location)");
        }

        return IsVersion220(source)
            ? new Event(MapVersion220(source), source, FormRank.V220, path)
            : new Event(source, source, FormRank.Normal, path);
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
