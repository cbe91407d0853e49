using System.Text.Json;
using System.Text.Json.Nodes;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Graph;

/// <summary>Reverse relations as connections: a party's docking events, a port's dockings, a station's ports, an agency's configurations.</summary>
public abstract class RelatedConnectionTests(GatewayFactory gateway) : StoreTests<GatewayFactory>(gateway)
{
    [SkippableFact]
    public async Task A_station_s_docking_events_are_those_it_chased_or_was_docked_to()
    {
        var expected = await ExpectedFromSeedsAsync(e => new[] { e["space_station_target"]?["id"], e["space_station_chaser"]?["id"], e["docking_location"]?["spacestation"]?["id"] });

        var data = await Gateway.DataAsync("{ spaceStations(first: 100) { nodes { id dockingEvents(first: 100) { totalCount nodes { id } } } } }");

        var actual = data.GetProperty("spaceStations").GetProperty("nodes").EnumerateArray().ToDictionary(
            s => s.GetProperty("id").GetInt32(),
            s => s.GetProperty("dockingEvents").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToList());
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (station, events) in expected)
        {
            Assert.Equal(events, actual[station]);
        }
    }

    [SkippableFact]
    public async Task A_flight_s_docking_events_are_those_it_chased_or_was_docked_to()
    {
        var expected = await ExpectedFromSeedsAsync(e => new[] { e["flight_vehicle_chaser"]?["id"], e["flight_vehicle_target"]?["id"], e["flight_vehicle"]?["id"] });

        var data = await Gateway.DataAsync("{ spacecraftFlights(first: 100) { nodes { id dockingEvents { nodes { id } } } } }");

        foreach (var flight in data.GetProperty("spacecraftFlights").GetProperty("nodes").EnumerateArray())
        {
            var events = flight.GetProperty("dockingEvents").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToList();
            Assert.Equal(expected[flight.GetProperty("id").GetInt32()], events);
        }
    }

    [SkippableFact]
    public async Task A_nested_list_pages_forward_with_its_own_cursors()
    {
        var seen = new List<int>();
        string? after = null;
        int total;
        do
        {
            var connection = (await Gateway.DataAsync(
                "query ($after: String) { spaceStation(id: 14) { dockingEvents(first: 3, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } } }",
                new { after })).GetProperty("spaceStation").GetProperty("dockingEvents");
            total = connection.GetProperty("totalCount").GetInt32();
            seen.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
            var pageInfo = connection.GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(10, total);
        Assert.Equal([187, 188, 189, 190, 191, 292, 293, 294, 295, 296], seen);
    }

    [SkippableFact]
    public async Task A_station_s_ports_and_an_agency_s_configurations_are_listed()
    {
        var data = await Gateway.DataAsync("""
            {
              spaceStation(id: 14) { dockingLocations { totalCount nodes { name dockingEvents { totalCount } } } }
              agency(id: 63) { spacecraftConfigurations { nodes { id name } } }
            }
            """);

        var ports = data.GetProperty("spaceStation").GetProperty("dockingLocations");
        Assert.Equal(["Salyut-6 forward", "Salyut-6 aft"], ports.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
        Assert.Equal(10, ports.GetProperty("nodes").EnumerateArray().Sum(n => n.GetProperty("dockingEvents").GetProperty("totalCount").GetInt32()));
        Assert.Contains("Soyuz", data.GetProperty("agency").GetProperty("spacecraftConfigurations").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()));
    }

    /// <summary>From the recorded responses themselves: for each party id, the ids of the events that name it, ascending.</summary>
    private static async Task<Dictionary<int, List<int>>> ExpectedFromSeedsAsync(Func<JsonNode, IEnumerable<JsonNode?>> parties)
    {
        var expected = new Dictionary<int, SortedSet<int>>();
        foreach (var file in Seeds.All)
        {
            var body = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
            foreach (var docking in body["results"] is JsonArray results ? results.Select(r => r!) : [body])
            {
                foreach (var party in parties(docking).OfType<JsonNode>().Select(p => p.GetValue<int>()).Distinct())
                {
                    expected.TryAdd(party, []);
                    expected[party].Add(docking["id"]!.GetValue<int>());
                }
            }
        }

        return expected.ToDictionary(e => e.Key, e => e.Value.ToList());
    }

    [Collection(SeededGatewayOnSqlite.Name)]
    public sealed class OnSqlite(GatewayFactory gateway) : RelatedConnectionTests(gateway)
    {
    }

    [Collection(SeededGatewayOnPostgreSql.Name)]
    public sealed class OnPostgreSql(PostgresGatewayFactory gateway) : RelatedConnectionTests(gateway)
    {
    }
}
