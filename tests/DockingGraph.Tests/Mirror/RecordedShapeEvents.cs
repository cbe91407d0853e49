using System.Globalization;
using System.Text.Json.Nodes;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Mirror;

/// <summary>
/// Docking events made up from the recorded ones, whole in LL2's shapes: each takes a recorded
/// event of its mode (2.3.0 normal from the list page, detailed from the detail pages) and gives it
/// a new id, new times, and its parties and location from other recorded events of that mode, some
/// left out. Every address is on one host (<see cref="Host"/>), as if LL2 had answered there.
/// Some events' locations, and their stations and the stations' images, are their own, named with text JSON must
/// escape (quotes, backslashes, brackets, non-ASCII).
/// </summary>
public static class RecordedShapeEvents
{
    public const string Host = "https://ll.example";

    private const string Awkward = "Port \"Zarya\" {aft} [1] \\ back/slash \u0007 Тяньгун 🚀";

    private static readonly string[] Parties = ["space_station_target", "flight_vehicle_target", "payload_flight_target", "flight_vehicle_chaser", "space_station_chaser", "payload_flight_chaser"];

    public static JsonObject Page(int count, int seed)
    {
        var normal = Records("001");
        var detailed = Records("000").Concat(Records("002")).Concat(Records("003")).ToList();
        var random = new Random(seed);
        var results = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var pool = i % 2 == 0 ? normal : detailed;
            var record = Pick(pool, random);
            record["id"] = 100_000 + i;
            record["url"] = $"{Host}/2.3.0/docking_events/{100_000 + i}/?format=api";
            var docking = new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(random.NextInt64(0, 30L * 365 * 86_400));
            record["docking"] = Timestamp(docking);
            record["departure"] = random.Next(4) == 0 ? null : Timestamp(docking.AddSeconds(random.Next(1, 200 * 86_400)));
            foreach (var party in Parties.Append("docking_location"))
            {
                record[party] = random.Next(3) == 0 ? null : Pick(pool, random)[party]?.DeepClone();
            }

            if (i % 7 == 3 && record["docking_location"] is JsonObject location)
            {
                location["id"] = 900_000 + i;
                location["name"] = Awkward;
                if (location["spacestation"] is JsonObject { } station && station["image"] is JsonObject image)
                {
                    station["id"] = 900_000 + i;
                    station["url"] = $"{Host}/2.3.0/space_stations/{900_000 + i}/?format=api";
                    image["id"] = 900_000 + i;
                    image["credit"] = Awkward;
                }
            }

            results.Add(record);
        }

        return new JsonObject { ["count"] = count, ["next"] = null, ["previous"] = null, ["results"] = results };
    }

    private static JsonObject Pick(List<JsonObject> pool, Random random) => (JsonObject)pool[random.Next(pool.Count)].DeepClone();

    private static List<JsonObject> Records(string recording)
    {
        var body = JsonNode.Parse(OnHost(File.ReadAllText(Seeds.File(recording))))!.AsObject();
        return body["results"] is JsonArray results ? results.Select(r => r!.AsObject()).ToList() : [body];
    }

    /// <summary>The recording with LL2's hosts (production and development) as <see cref="Host"/>.</summary>
    private static string OnHost(string json) => json
        .Replace("https://ll.thespacedevs.com/", $"{Host}/", StringComparison.Ordinal)
        .Replace("https://lldev.thespacedevs.com/", $"{Host}/", StringComparison.Ordinal);

    private static string Timestamp(DateTime instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
