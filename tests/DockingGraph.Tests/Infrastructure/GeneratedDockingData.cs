using System.Globalization;
using System.Text.Json.Nodes;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>
/// LL2-shaped docking events made up for tests (a 2.3.0 list page, normal mode): spacecraft flights
/// docking to a handful of stations through a handful of ports, with spacecraft, configurations
/// and agencies shared between them, as in the real data.
/// </summary>
public static class GeneratedDockingData
{
    public static JsonObject Page(int count)
    {
        var results = new JsonArray();
        for (var i = 1; i <= count; i++)
        {
            results.Add(Event(i));
        }

        return new JsonObject { ["count"] = count, ["next"] = null, ["previous"] = null, ["results"] = results };
    }

    private static JsonObject Event(int i)
    {
        var docking = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(i * 37);
        var station = Station(1 + (i % 3));
        return new JsonObject
        {
            ["id"] = i,
            ["url"] = $"https://ll.example/2.3.0/docking_events/{i}/",
            ["docking"] = Timestamp(docking),
            ["departure"] = i % 5 == 0 ? null : Timestamp(docking.AddDays(30)),
            ["docking_location"] = new JsonObject
            {
                ["id"] = 100 + (i % 7),
                ["name"] = $"Port {i % 7}",
                ["spacestation"] = station.DeepClone(),
                ["spacecraft"] = null,
                ["payload"] = null,
            },
            ["space_station_target"] = station,
            ["flight_vehicle_target"] = null,
            ["payload_flight_target"] = null,
            ["response_mode"] = "normal",
            ["flight_vehicle_chaser"] = new JsonObject
            {
                ["id"] = 5000 + i,
                ["url"] = $"https://ll.example/2.3.0/spacecraft_flights/{5000 + i}/",
                ["destination"] = "Station",
                ["mission_end"] = Timestamp(docking.AddDays(31)),
                ["spacecraft"] = new JsonObject
                {
                    ["response_mode"] = "normal",
                    ["id"] = 6000 + (i % 40),
                    ["name"] = $"Spacecraft {i % 40}",
                    ["serial_number"] = $"SN-{i % 40}",
                    ["time_in_space"] = "P10DT2H",
                    ["spacecraft_config"] = new JsonObject
                    {
                        ["response_mode"] = "normal",
                        ["id"] = 10 + (i % 5),
                        ["name"] = $"Configuration {i % 5}",
                        ["type"] = new JsonObject { ["id"] = 1, ["name"] = "Capsule" },
                        ["agency"] = new JsonObject
                        {
                            ["response_mode"] = "list",
                            ["id"] = 20 + (i % 4),
                            ["name"] = $"Agency {i % 4}",
                            ["abbrev"] = $"A{i % 4}",
                            ["type"] = new JsonObject { ["id"] = 1, ["name"] = "Government" },
                        },
                        ["family"] = new JsonArray(),
                        ["in_use"] = true,
                    },
                },
                ["launch"] = new JsonObject { ["id"] = $"00000000-0000-0000-0000-{i:D12}", ["name"] = $"Launch {i}" },
                ["landing"] = null,
                ["duration"] = "P31D",
                ["turn_around_time"] = null,
            },
            ["space_station_chaser"] = null,
            ["payload_flight_chaser"] = null,
        };
    }

    private static JsonObject Station(int id) => new()
    {
        ["id"] = id,
        ["url"] = $"https://ll.example/2.3.0/space_stations/{id}/",
        ["name"] = $"Station {id}",
    };

    private static string Timestamp(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
