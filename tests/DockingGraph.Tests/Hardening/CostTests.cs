using System.Net.Http.Json;
using System.Text.Json;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// One cost for the whole request: summed over siblings and aliases, multiplied by page sizes
/// along paths, bounded by <c>GraphQL:MaxCost</c> before anything runs (HotChocolate's HC0047),
/// and reported when the client sends <c>GraphQL-Cost: report</c>.
/// </summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed class CostTests(GatewayFactory gateway)
{
    /// <summary>Five objects of a 100 by 100 page (a station's events, each with four objects).</summary>
    private const string Heavy = "{ spaceStations(first: 100) { nodes { dockingEvents(first: 100) { nodes { OBJECTS } } } } }";

    [Theory]
    [InlineData("{ __typename }", 0)]
    [InlineData("{ dockingEvents(first: 5) { totalCount nodes { id dockingLocation { name } } } }", 12)]
    [InlineData("{ dockingEvents { edges { cursor node { id } } pageInfo { hasNextPage } } }", 11)]
    [InlineData("{ a: dockingEvents(first: 5) { nodes { id } } b: dockingEvents(first: 5) { nodes { id } } }", 12)]
    [InlineData("{ spaceStations(first: 10) { nodes { dockingEvents(first: 10) { totalCount nodes { docking } } } } }", 131)]
    [InlineData("{ dockingEvents(first: 100, order: [{ docking: DESC }]) { totalCount nodes { id docking departure dockingLocation { id name spacestation { id name } } spaceStationTarget { id name } flightVehicleChaser { id destination spacecraft { id name spacecraftConfig { id name agency { id name } } } } } } }", 802)]
    public async Task The_cost_is_reported_when_asked_for(string query, double cost)
    {
        var result = await PostAsync(query, report: true);

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(cost, result.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
    }

    [Fact]
    public async Task Without_the_header_no_cost_is_reported()
    {
        var result = await PostAsync("{ dockingEvents(first: 5) { nodes { id } } }", report: false);

        Assert.False(result.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task Page_sizes_from_variables_count()
    {
        var result = await PostAsync("query ($n: Int) { dockingEvents(first: $n) { nodes { dockingLocation { id } } } }", report: true, new { n = 40 });

        Assert.Equal(81, result.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
    }

    [Fact]
    public async Task At_the_limit_a_request_runs_and_past_it_it_is_refused_before_anything_runs()
    {
        // 1 + 100 + 100 x (1 + 100 + 100 x objects): five objects fit, eleven do not.
        const string Five = "chaser { __typename } target { __typename } dockingLocation { id } flightVehicleChaser { id } spaceStationTarget { id }";
        var eleven = $"{Five} flightVehicleTarget {{ id }} payloadFlightChaser {{ id }} payloadFlightTarget {{ id }} spaceStationChaser {{ id }} dockingLocation {{ spacestation {{ id }} }}";
        using var log = new SqlStatementLog(gateway.Database);
        var runs = await PostAsync(Heavy.Replace("OBJECTS", Five, StringComparison.Ordinal), report: true);
        log.Clear();

        var refused = await PostAsync(Heavy.Replace("OBJECTS", eleven, StringComparison.Ordinal), report: true);

        Assert.False(runs.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(60_201, runs.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
        var error = Assert.Single(refused.GetProperty("errors").EnumerateArray()).GetProperty("extensions");
        Assert.Equal("HC0047", error.GetProperty("code").GetString());
        Assert.Equal(120_201, error.GetProperty("fieldCost").GetDouble());
        Assert.Equal(100_000, error.GetProperty("maxFieldCost").GetInt32());
        Assert.Equal(120_201, refused.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
        Assert.Empty(log.Statements);
    }

    [Fact]
    public async Task Aliases_and_siblings_add_up_against_the_limit()
    {
        // Each 100 by 100 page with three objects an event costs 40,201 and runs alone; three cost 120,603.
        const string Page = "spaceStations(first: 100) { nodes { dockingEvents(first: 100) { nodes { chaser { __typename } target { __typename } dockingLocation { id } } } } }";
        var one = await PostAsync($"{{ {Page} }}", report: true);

        var refused = await PostAsync($"{{ a: {Page} b: {Page} c: {Page} }}", report: false);

        Assert.Equal(40_201, one.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
        Assert.Equal("HC0047", Assert.Single(refused.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<JsonElement> PostAsync(string query, bool report, object? variables = null)
    {
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (report)
        {
            request.Headers.Add("GraphQL-Cost", "report");
        }

        using var response = await client.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
