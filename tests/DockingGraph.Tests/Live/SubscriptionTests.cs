using System.Text.Json;
using System.Text.Json.Nodes;
using DockingGraph.Import;
using DockingGraph.Storage;
using DockingGraph.Sync;
using DockingGraph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.Live;

/// <summary>
/// <c>dockingEventChanged</c> as frontends see it, through the npm clients (graphql-ws over
/// WebSocket, graphql-sse over Server-Sent Events), fed by the gateway's own imports: on each store.
/// </summary>
public abstract class SubscriptionTests(StoreProvider provider)
{
    private const string Changes = "subscription { dockingEventChanged { kind dataVersion dockingEvent { id docking dockingLocation { name } } } }";

    [SkippableFact]
    public async Task The_changes_of_one_import_reach_each_subscriber_once_in_commit_order()
    {
        Stores.SkipWithout(provider);
        using var gateway = new LiveGateway(provider);
        await using var overWebSocket = gateway.Subscribe("ws", Changes);
        await using var overEventStream = gateway.Subscribe("sse", Changes);
        await gateway.SubscribedAsync(2);

        await gateway.ImportAsync(GeneratedDockingData.Page(1000));

        foreach (var client in new[] { overWebSocket, overEventStream })
        {
            var results = await client.ResultsAsync(1000, TimeSpan.FromMinutes(2));
            Assert.All(results, r => Assert.False(r.TryGetProperty("errors", out _), r.ToString()));
            var changes = results.Select(r => r.GetProperty("data").GetProperty("dockingEventChanged")).ToList();
            Assert.Equal(Enumerable.Range(1, 1000), changes.Select(c => c.GetProperty("dockingEvent").GetProperty("id").GetInt32()));
            Assert.All(changes, c => Assert.Equal("CREATED", c.GetProperty("kind").GetString()));
            Assert.Single(changes.Select(c => c.GetProperty("dataVersion").GetInt64()).Distinct());
            await client.AssertQuietAsync(TimeSpan.FromMilliseconds(500));
        }
    }

    [SkippableFact]
    public async Task A_commit_s_events_are_read_for_each_feed_a_thousand_in_one_statement()
    {
        Stores.SkipWithout(provider);
        using var gateway = new LiveGateway(provider);
        await using var all = gateway.Subscribe("ws", Changes);
        await using var filtered = gateway.Subscribe("ws", Changes.Replace("dockingEventChanged {", "dockingEventChanged(where: { id: { gte: 1 } }) {", StringComparison.Ordinal));
        await gateway.SubscribedAsync(2);
        using var log = new SqlStatementLog(gateway.Database);

        await gateway.ImportAsync(GeneratedDockingData.Page(1500));

        foreach (var client in new[] { all, filtered })
        {
            var results = await client.ResultsAsync(1500, TimeSpan.FromMinutes(2));
            Assert.Equal(Enumerable.Range(1, 1500), results.Select(r => r.GetProperty("data").GetProperty("dockingEventChanged").GetProperty("dockingEvent").GetProperty("id").GetInt32()));
        }

        // The events with their location joined in, two runs of a thousand a feed; no location read on its own (the importer's read every column).
        Assert.Equal(4, log.Statements.Count(sql => sql.Contains("JOIN \"DockingLocations\"", StringComparison.Ordinal)));
        Assert.DoesNotContain(log.Statements, sql => sql.StartsWith("SELECT \"d\".\"Id\" AS \"Key\", \"d\".\"Name\"", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Aliases_of_the_changed_event_read_together_still_get_each_its_own_fields()
    {
        Stores.SkipWithout(provider);
        using var gateway = new LiveGateway(provider);
        await using var client = gateway.Subscribe("ws", "subscription { dockingEventChanged { a: dockingEvent { id } b: dockingEvent { docking dockingLocation { name } } ... on DockingEventChange { c: dockingEvent { spaceStationTarget { name } } } } }");
        await gateway.SubscribedAsync(1);

        var page = GeneratedDockingData.Page(2);
        await gateway.ImportAsync(page);

        var changes = (await client.ResultsAsync(2)).Select(r => r.GetProperty("data").GetProperty("dockingEventChanged")).ToList();
        for (var i = 0; i < 2; i++)
        {
            var expected = page["results"]![i]!;
            Assert.Equal((int)expected["id"]!, changes[i].GetProperty("a").GetProperty("id").GetInt32());
            Assert.Equal((string)expected["docking_location"]!["name"]!, changes[i].GetProperty("b").GetProperty("dockingLocation").GetProperty("name").GetString());
            Assert.Equal((string)expected["space_station_target"]!["name"]!, changes[i].GetProperty("c").GetProperty("spaceStationTarget").GetProperty("name").GetString());
        }
    }

    [SkippableFact]
    public async Task A_sync_reaches_subscribers_page_by_page_as_an_import_does()
    {
        Stores.SkipWithout(provider);
        using var gateway = new LiveGateway(provider);
        await using var api = await RecordedLl2Api.StartAsync(GeneratedDockingData.Page(150));
        await using var client = gateway.Subscribe("sse", Changes);
        await gateway.SubscribedAsync(1);

        await gateway.Services.GetRequiredService<Ll2ApiSync>().RunAsync(api.Endpoint.ToString());

        var changes = (await client.ResultsAsync(150)).Select(r => r.GetProperty("data").GetProperty("dockingEventChanged")).ToList();
        Assert.Equal(Enumerable.Range(1, 150), changes.Select(c => c.GetProperty("dockingEvent").GetProperty("id").GetInt32()));
        Assert.Equal([100, 50], changes.GroupBy(c => c.GetProperty("dataVersion").GetInt64()).Select(g => g.Count()));
    }

    [SkippableFact]
    public async Task A_change_is_sent_as_the_commit_left_the_event_and_as_updated()
    {
        Stores.SkipWithout(provider);
        using var gateway = new LiveGateway(provider);
        await gateway.ImportAsync(GeneratedDockingData.Page(3));
        await using var client = gateway.Subscribe("ws", Changes);
        await gateway.SubscribedAsync(1);

        var page = GeneratedDockingData.Page(3);
        page["results"]![1]!["docking_location"]!["name"] = "Renamed port";
        await gateway.ImportAsync(page);

        var change = Assert.Single(await client.ResultsAsync(1)).GetProperty("data").GetProperty("dockingEventChanged");
        Assert.Equal("UPDATED", change.GetProperty("kind").GetString());
        Assert.Equal(2, change.GetProperty("dockingEvent").GetProperty("id").GetInt32());
        Assert.Equal("Renamed port", change.GetProperty("dockingEvent").GetProperty("dockingLocation").GetProperty("name").GetString());
        await client.AssertQuietAsync(TimeSpan.FromMilliseconds(500));
    }

    [SkippableFact]
    public async Task A_where_follows_one_station_with_the_filter_of_dockingEvents()
    {
        Stores.SkipWithout(provider);
        using var gateway = new LiveGateway(provider);
        const string OneStation = "subscription S($station: Int!) { dockingEventChanged(where: { spaceStationTarget: { id: { eq: $station } } }) { dockingEvent { id } } }";
        await using var overWebSocket = gateway.Subscribe("ws", OneStation, new { station = 2 });
        await using var overEventStream = gateway.Subscribe("sse", OneStation, new { station = 2 });
        await gateway.SubscribedAsync(2);

        await gateway.ImportAsync(GeneratedDockingData.Page(12));

        // The generated events dock at station 1 + (id % 3).
        int[] atStationTwo = [1, 4, 7, 10];
        foreach (var client in new[] { overWebSocket, overEventStream })
        {
            var ids = (await client.ResultsAsync(atStationTwo.Length)).Select(r => r.GetProperty("data").GetProperty("dockingEventChanged").GetProperty("dockingEvent").GetProperty("id").GetInt32());
            Assert.Equal(atStationTwo, ids);
            await client.AssertQuietAsync(TimeSpan.FromMilliseconds(500));
        }
    }

    [SkippableFact]
    public async Task A_rolled_back_import_sends_nothing()
    {
        Stores.SkipWithout(provider);
        using var gateway = new LiveGateway(provider);
        await using var client = gateway.Subscribe("ws", Changes);
        await gateway.SubscribedAsync(1);

        // Twenty good events, then one that is not an event: the whole import is rolled back.
        var corrupt = GeneratedDockingData.Page(21);
        corrupt["results"]![20] = new JsonObject { ["id"] = "not a number" };
        await Assert.ThrowsAsync<Ll2ImportException>(() => gateway.ImportAsync(corrupt));
        await client.AssertQuietAsync(TimeSpan.FromSeconds(1));

        await gateway.ImportAsync(GeneratedDockingData.Page(1));
        var change = Assert.Single(await client.ResultsAsync(1)).GetProperty("data").GetProperty("dockingEventChanged");
        Assert.Equal(1, change.GetProperty("dockingEvent").GetProperty("id").GetInt32());
    }

    [SkippableFact]
    public async Task Validation_errors_come_before_anything_runs_as_each_protocol_sends_them()
    {
        Stores.SkipWithout(provider);
        using var gateway = new LiveGateway(provider);
        await using var overWebSocket = gateway.Subscribe("ws", "subscription { dockingEventChanged { nope } }");
        await using var overEventStream = gateway.Subscribe("sse", "subscription { dockingEventChanged { nope } }");

        // graphql-ws hands an `error` message to the sink's error; graphql-sse a `next` with errors.
        var refused = await NextOtherThanConnectedAsync(overWebSocket);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", refused.GetProperty("error")[0].GetProperty("extensions").GetProperty("code").GetString());
        var streamed = await overEventStream.NextAsync();
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", streamed.GetProperty("next").GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.True((await overEventStream.NextAsync()).GetProperty("complete").GetBoolean());
    }

    private static async Task<JsonElement> NextOtherThanConnectedAsync(LiveClient client)
    {
        var line = await client.NextAsync();
        return line.TryGetProperty("connected", out _) ? await client.NextAsync() : line;
    }

    public sealed class OnSqlite() : SubscriptionTests(StoreProvider.Sqlite);

    public sealed class OnPostgreSql() : SubscriptionTests(StoreProvider.PostgreSQL);
}
