using System.Text;
using DockingGraph.Bench;
using DockingGraph.Bench.Floor;
using DockingGraph.Generator;
using DockingGraph.Storage;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Bench;

/// <summary>
/// The hand-written floor is a floor for the gateway's own answers: for every scenario it serves,
/// its body is the Release gateway's, byte for byte, over the same store (200 generated events, so
/// that the page is full and the record by id exists, imported by the importer in the test's own
/// process: what is compared is the two servers' answers, not the import command); any other body
/// is a 400.
/// </summary>
[Collection(ReleaseBuild.Name)]
public sealed class FloorServerTests(FloorServerTests.ReleaseGatewayAndEvents built) : IClassFixture<FloorServerTests.ReleaseGatewayAndEvents>
{
    [SkippableTheory]
    [InlineData(StoreProvider.Sqlite)]
    [InlineData(StoreProvider.PostgreSQL)]
    public async Task The_floor_answers_each_scenario_it_serves_with_the_gateways_json_byte_for_byte(StoreProvider provider)
    {
        Stores.SkipWithout(provider);
        using var store = new TestStore(provider);
        await store.ImportAsync(built.Events);
        await using var gateway = await Gateway.StartAsync(built.Repository, provider.ToString(), store.ConnectionString, ["--Seed:Enabled=false"]);
        await using var floor = await FloorServer.StartAsync(provider.ToString(), store.ConnectionString);
        using var http = new HttpClient();

        var served = Scenario.All.Where(FloorServer.Serves).ToList();
        Assert.Equal(3, served.Count);
        foreach (var scenario in served)
        {
            var (gatewayStatus, expected) = await PostAsync(http, new Uri(gateway.Address, "/graphql"), scenario.Query);
            var (floorStatus, actual) = await PostAsync(http, floor.Endpoint, scenario.Query);
            Assert.Equal(200, gatewayStatus);
            Assert.Equal(200, floorStatus);
            Assert.Equal(expected, actual);
        }

        // What was compared is not trivially equal: a full page, with nulls, and the record found.
        var (_, page) = await PostAsync(http, floor.Endpoint, served[0].Query);
        Assert.Equal(100, page.Split("\"departure\":").Length - 1);
        Assert.Contains("\"departure\":null", page, StringComparison.Ordinal);
        Assert.Contains("\"dockingEvent\":{\"id\":181,", (await PostAsync(http, floor.Endpoint, served[2].Query)).Body, StringComparison.Ordinal);
        Assert.Equal(400, (await PostAsync(http, floor.Endpoint, "{ dockingEvents { totalCount } }")).Status);
    }

    /// <summary>The Release build of the gateway and the generated events, made once for both stores.</summary>
    public sealed class ReleaseGatewayAndEvents : IAsyncLifetime
    {
        public string Repository { get; } = DockingGraph.Bench.Repository.Find();

        public string Events { get; } = Path.Combine(Path.GetTempPath(), $"dockinggraph-floor-{Guid.NewGuid():N}.json");

        public async Task InitializeAsync()
        {
            await DockingGraph.Bench.Repository.BuildGatewayAsync(Repository);
            await using var output = File.Create(Events);
            await new DockingEventGenerator(seed: 1).WritePageAsync(output, 200);
        }

        public Task DisposeAsync()
        {
            File.Delete(Events);
            return Task.CompletedTask;
        }
    }

    private static async Task<(int Status, string Body)> PostAsync(HttpClient http, Uri endpoint, string query)
    {
        using var content = new StringContent(Scenario.Body(query), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(endpoint, content);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
