using System.Globalization;
using System.Text.Json.Nodes;

namespace DockingGraph.Tests.QuerySemantics;

/// <summary>A docking event as the in-test model of LL2's REST semantics sees it.</summary>
public sealed record ModelEvent(
    int Id,
    DateTime Docking,
    DateTime? Departure,
    int LocationId,
    string LocationName,
    int? ChaserFlightId,
    string? ChaserSpacecraftName,
    int? TargetFlightId,
    string? TargetSpacecraftName,
    string? ChaserPayloadName,
    string? TargetPayloadName,
    int? ChaserStationId,
    string? ChaserStationName,
    int? TargetStationId,
    string? TargetStationName)
{
    /// <summary>The seven fields LL2's docking event search looks in.</summary>
    public IEnumerable<string?> SearchFields =>
        [LocationName, ChaserSpacecraftName, TargetSpacecraftName, ChaserPayloadName, TargetPayloadName, ChaserStationName, TargetStationName];
}

/// <summary>
/// Made-up docking events (a fixed seed, so every run is the same) with the cases the REST
/// semantics turn on: stations, spacecraft and payload flights on both sides, names in Cyrillic and
/// with <c>%</c> and <c>_</c>, phrases with spaces, departures missing and docking times shared.
/// Gives the LL2 2.3.0 JSON to import and the model to check against.
/// </summary>
public static class RestCaseData
{
    private static readonly string[] Stations = ["International Space Station", "Тяньгун", "Salyut 6", "Mir", "Station 100%_One"];
    private static readonly string[] Spacecraft = ["Progress MS-21", "Soyuz MS-22", "Crew Dragon Endeavour", "Shenzhou 15", "Progress M-1", "Soyuz TMA-5", "Cygnus_NG 19", "Тяньчжоу 6"];
    private static readonly string[] Payloads = ["Chang'e 6 Ascender", "SpaDEx Target", "Chang'e 6 Orbiter"];
    private static readonly string[] Ports = ["Zvezda aft", "Harmony forward", "Tianhe nadir", "Poisk zenith", "Salyut-6 aft", "Port 50% off_center"];

    public static (JsonObject Page, IReadOnlyList<ModelEvent> Model) Generate(int count)
    {
        var random = new Random(20261124);
        var results = new JsonArray();
        var model = new List<ModelEvent>();
        for (var id = 1; id <= count; id++)
        {
            // Every seventh event shares its docking time with the one before: ties must break by id.
            var docking = id % 7 == 0 ? model[^1].Docking : new DateTime(1975, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddHours(random.Next(0, 50 * 365 * 24));
            DateTime? departure = random.Next(0, 6) == 0 ? null : docking.AddHours(random.Next(1, 24 * 200));
            var locationId = 1 + random.Next(Ports.Length);
            var targetStation = 1 + random.Next(Stations.Length);
            var chaserKind = random.Next(0, 10);
            var targetKind = random.Next(0, 10);

            int? chaserFlight = null, targetFlight = null, chaserStation = null, targetStationId = null;
            string? chaserSpacecraft = null, targetSpacecraft = null, chaserPayload = null, targetPayload = null;
            var record = new JsonObject
            {
                ["id"] = id,
                ["url"] = $"https://ll.example/2.3.0/docking_events/{id}/",
                ["docking"] = Timestamp(docking),
                ["departure"] = departure is null ? null : Timestamp(departure.Value),
                ["docking_location"] = new JsonObject
                {
                    ["id"] = locationId,
                    ["name"] = Ports[locationId - 1],
                    ["spacestation"] = null,
                    ["spacecraft"] = null,
                    ["payload"] = null,
                },
                ["response_mode"] = "normal",
            };

            if (chaserKind < 7)
            {
                var spacecraft = random.Next(Spacecraft.Length);
                chaserFlight = 1000 + id;
                chaserSpacecraft = Spacecraft[spacecraft];
                record["flight_vehicle_chaser"] = Flight(chaserFlight.Value, 500 + spacecraft, chaserSpacecraft);
            }
            else if (chaserKind < 9)
            {
                var payload = random.Next(Payloads.Length);
                chaserPayload = Payloads[payload];
                record["payload_flight_chaser"] = PayloadFlight(3000 + id, 700 + payload, chaserPayload);
            }
            else
            {
                chaserStation = 1 + random.Next(Stations.Length);
                record["space_station_chaser"] = Station(chaserStation.Value);
            }

            if (targetKind < 8)
            {
                targetStationId = targetStation;
                record["space_station_target"] = Station(targetStation);
            }
            else if (targetKind < 9)
            {
                var spacecraft = random.Next(Spacecraft.Length);
                targetFlight = 2000 + id;
                targetSpacecraft = Spacecraft[spacecraft];
                record["flight_vehicle_target"] = Flight(targetFlight.Value, 500 + spacecraft, targetSpacecraft);
            }
            else
            {
                var payload = random.Next(Payloads.Length);
                targetPayload = Payloads[payload];
                record["payload_flight_target"] = PayloadFlight(4000 + id, 700 + payload, targetPayload);
            }

            results.Add(record);
            model.Add(new ModelEvent(
                id, docking, departure, locationId, Ports[locationId - 1],
                chaserFlight, chaserSpacecraft, targetFlight, targetSpacecraft, chaserPayload, targetPayload,
                chaserStation, chaserStation is null ? null : Stations[chaserStation.Value - 1],
                targetStationId, targetStationId is null ? null : Stations[targetStationId.Value - 1]));
        }

        return (new JsonObject { ["count"] = count, ["next"] = null, ["previous"] = null, ["results"] = results }, model);
    }

    private static JsonObject Flight(int id, int spacecraftId, string spacecraftName) => new()
    {
        ["id"] = id,
        ["url"] = $"https://ll.example/2.3.0/spacecraft_flights/{id}/",
        ["destination"] = "Station",
        ["spacecraft"] = new JsonObject { ["id"] = spacecraftId, ["name"] = spacecraftName },
    };

    private static JsonObject PayloadFlight(int id, int payloadId, string payloadName) => new()
    {
        ["id"] = id,
        ["url"] = $"https://ll.example/2.3.0/payload_flights/{id}/",
        ["payload"] = new JsonObject { ["id"] = payloadId, ["name"] = payloadName },
    };

    private static JsonObject Station(int id) => new()
    {
        ["id"] = id,
        ["url"] = $"https://ll.example/2.3.0/space_stations/{id}/",
        ["name"] = Stations[id - 1],
    };

    private static string Timestamp(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
