using System.Text.Json;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.QuerySemantics;

/// <summary>HotChocolate's filter and sort conventions beyond what LL2's REST parameters reach, on the seeds.</summary>
public abstract class FilterConventionTests(GatewayFactory gateway) : StoreTests<GatewayFactory>(gateway)
{
    [SkippableTheory]
    [InlineData("{ or: [{ id: { eq: 151 } }, { id: { eq: 607 } }] }", new[] { 151, 607 })]
    [InlineData("{ and: [{ id: { gte: 600 } }, { id: { lt: 610 } }] }", new[] { 607, 609 })]
    [InlineData("{ id: { in: [609, 151, 1] } }", new[] { 151, 609 })]
    [InlineData("{ id: { nin: [187, 188, 189, 190, 191, 292, 293, 294, 295, 296] }, departure: { eq: null } }", new[] { 619, 620 })]
    [InlineData("{ departure: { neq: null }, docking: { ngt: \"1979-01-01T00:00:00Z\" } }", new[] { 187, 188, 189, 190, 292, 293, 294, 607 })]
    [InlineData("{ dockingLocation: { name: { startsWith: \"Salyut-6 f\" } } }", new[] { 187, 190, 191 })]
    [InlineData("{ dockingLocation: { name: { startsWith: \"salyut\" } } }", new int[0])]
    [InlineData("{ dockingLocation: { name: { endsWith: \" AFT\" } } }", new int[0])]
    [InlineData("{ dockingLocation: { name: { endsWith: \"a much longer text than any port name\" } } }", new int[0])]
    [InlineData("{ dockingLocation: { name: { contains: \"nadir\" }, spacestation: { name: { endsWith: \"Station\" } } } }", new[] { 620 })]
    [InlineData("{ flightVehicleChaser: { spacecraft: { spacecraftConfig: { agency: { abbrev: { eq: \"NASA\" } } } } } }", new[] { 607 })]
    [InlineData("{ flightVehicleChaser: { launch: { program: { some: { name: { eq: \"Apollo\" } } } } } }", new[] { 607 })]
    [InlineData("{ payloadFlightChaser: { payload: { program: { any: true } } } }", new[] { 609 })]
    [InlineData("{ flightVehicleChaser: { spacecraft: { spacecraftConfig: { family: { none: { name: { eq: \"Progress\" } }, any: true } } } } }", new[] { 613, 619, 620 })]
    [InlineData("{ flightVehicleChaser: { spacecraft: { spacecraftConfig: { family: { all: { name: { startsWith: \"Dragon\" } }, any: true } } } } }", new[] { 613, 619 })]
    [InlineData("{ flightVehicleChaser: { spacecraft: { name: { ncontains: \"Soyuz\" } } }, spaceStationTarget: { id: { eq: 14 } } }", new[] { 292, 293, 294, 295, 296 })]
    [InlineData("{ flightVehicleChaser: { duration: { gt: \"P100D\" } }, docking: { gte: \"2020-01-01T00:00:00Z\" } }", new[] { 569, 570 })]
    public async Task A_filter_selects_the_records_it_describes(string where, int[] ids)
    {
        var data = await Gateway.DataAsync($"{{ dockingEvents(first: 100, where: {where}) {{ totalCount nodes {{ id }} }} }}");

        Assert.Equal(ids, Ids(data.GetProperty("dockingEvents")));
        Assert.Equal(ids.Length, data.GetProperty("dockingEvents").GetProperty("totalCount").GetInt32());
    }

    [SkippableFact]
    public async Task Nested_keys_sort_through_to_one_relations()
    {
        var data = await Gateway.DataAsync("""
            { dockingEvents(first: 100, where: { spaceStationTarget: { id: { eq: 4 } } }, order: [{ dockingLocation: { name: DESC } }, { docking: ASC }]) { nodes { id dockingLocation { name } } } }
            """);

        var names = data.GetProperty("dockingEvents").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("dockingLocation").GetProperty("name").GetString()).ToList();
        Assert.Equal(["Zvezda aft", "Prichal nadir", "Poisk zenith", "Harmony forward", "Harmony forward"], names);
    }

    [SkippableFact]
    public async Task Nested_connections_take_where_order_and_search()
    {
        var data = await Gateway.DataAsync("""
            {
              spaceStation(id: 14) {
                dockingEvents(first: 3, where: { departure: { gte: "1979-01-01T00:00:00Z" } }, order: [{ departure: DESC }], search: "progress") { totalCount nodes { id } }
                dockingLocations(search: "AFT") { nodes { name } }
              }
            }
            """);

        var station = data.GetProperty("spaceStation");
        Assert.Equal(2, station.GetProperty("dockingEvents").GetProperty("totalCount").GetInt32());
        Assert.Equal([296, 295], Ids(station.GetProperty("dockingEvents")));
        Assert.Equal("Salyut-6 aft", station.GetProperty("dockingLocations").GetProperty("nodes")[0].GetProperty("name").GetString());
    }

    [SkippableFact]
    public async Task Every_root_searches_its_names()
    {
        var data = await Gateway.DataAsync("""
            {
              agencies(search: "nasa") { nodes { abbrev } }
              spaceStations(search: "tiangong") { nodes { name } }
              dockingLocations(search: "harmony") { nodes { name } }
              spacecraftFlights(search: "\"LM Challenger\"") { nodes { id } }
              payloadFlights(search: "ascender") { nodes { id } }
            }
            """);

        Assert.Equal("NASA", data.GetProperty("agencies").GetProperty("nodes")[0].GetProperty("abbrev").GetString());
        Assert.Equal("Tiangong space station", data.GetProperty("spaceStations").GetProperty("nodes")[0].GetProperty("name").GetString());
        Assert.Equal("Harmony forward", data.GetProperty("dockingLocations").GetProperty("nodes")[0].GetProperty("name").GetString());
        Assert.Equal(857, data.GetProperty("spacecraftFlights").GetProperty("nodes")[0].GetProperty("id").GetInt32());
        Assert.Equal(32, data.GetProperty("payloadFlights").GetProperty("nodes")[0].GetProperty("id").GetInt32());
    }

    [SkippableTheory]
    [InlineData("{ dockingEvents(where: { id: { eq: \"many\" } }) { nodes { id } } }", "Argument 'where' has invalid value. In field 'id': [In field 'eq': [Expected type 'Int', found \"many\".]]")]
    [InlineData("{ dockingEvents(where: { noSuchField: { eq: 1 } }) { nodes { id } } }", "Argument 'where' has invalid value. In field 'noSuchField': Unknown field.")]
    [InlineData("{ dockingEvents(order: [{ noSuchField: ASC }]) { nodes { id } } }", "Argument 'order' has invalid value. In element #1: [In field 'noSuchField': Unknown field.]")]
    [InlineData("{ dockingEvents(order: [{ docking: SIDEWAYS }]) { nodes { id } } }", "Argument 'order' has invalid value. In element #1: [In field 'docking': [Expected type 'SortEnumType', found SIDEWAYS.]]")]
    [InlineData("{ dockingEvents(where: { docking: { gt: \"yesterday\" } }) { nodes { id } } }", "Argument 'where' has invalid value. In field 'docking': [In field 'gt': [Expected type 'DateTime', found \"yesterday\".]]")]
    public async Task A_wrong_argument_is_a_GraphQL_error_with_a_code(string query, string message)
    {
        var result = await Gateway.QueryAsync(query);

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("dockingEvents", out var events) && events.ValueKind != JsonValueKind.Null);
    }

    [SkippableFact]
    public async Task A_cursor_is_refused_under_another_order()
    {
        var byDocking = await Gateway.DataAsync("{ dockingEvents(first: 2, order: [{ docking: ASC }]) { pageInfo { endCursor } } }");
        var cursor = byDocking.GetProperty("dockingEvents").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var result = await Gateway.QueryAsync("query ($after: String) { dockingEvents(first: 2, after: $after) { nodes { id } } }", new { after = cursor });

        Assert.Equal("HC0078", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static List<int> Ids(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToList();

    [Collection(SeededGatewayOnSqlite.Name)]
    public sealed class OnSqlite(GatewayFactory gateway) : FilterConventionTests(gateway)
    {
    }

    [Collection(SeededGatewayOnPostgreSql.Name)]
    public sealed class OnPostgreSql(PostgresGatewayFactory gateway) : FilterConventionTests(gateway)
    {
    }
}
