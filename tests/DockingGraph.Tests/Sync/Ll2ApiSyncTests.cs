using System.Text.Json.Nodes;
using DockingGraph.Storage;
using DockingGraph.Sync;
using DockingGraph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static DockingGraph.Tests.Infrastructure.RecordedLl2Api;

namespace DockingGraph.Tests.Sync;

/// <summary>The sync from the LL2 API, against a stand-in LL2 on loopback serving recorded and generated events in pages of 100.</summary>
public abstract class Ll2ApiSyncTests(StoreProvider provider) : IAsyncLifetime
{
    private readonly List<string> progress = [];
    private RecordedLl2Api api = null!;

    /// <summary>The recorded seeds' 20 events (2.3.0 and 2.2.0, 19 distinct) and 281 generated ones: 301 in pages of 100, 300 distinct.</summary>
    public async Task InitializeAsync()
    {
        var events = new JsonArray();
        foreach (var file in Seeds.All)
        {
            var body = JsonNode.Parse(await File.ReadAllTextAsync(file))!;
            foreach (var docking in body["results"] is JsonArray results ? results : new JsonArray(body.DeepClone()))
            {
                events.Add(docking!.DeepClone());
            }
        }

        var seedIds = events.Select(e => e!["id"]!.GetValue<int>()).ToHashSet();
        foreach (var generated in GeneratedDockingData.Page(300)["results"]!.AsArray().Where(e => !seedIds.Contains(e!["id"]!.GetValue<int>())).Take(281))
        {
            events.Add(generated!.DeepClone());
        }

        api = await StartAsync(new JsonObject { ["results"] = events });
    }

    public async Task DisposeAsync() => await api.DisposeAsync();

    [SkippableFact]
    public async Task A_sync_follows_next_to_the_end_through_rate_limits_server_errors_and_dropped_connections()
    {
        using var store = Store();
        api.Script(0, Fault.TooManyRequests);
        api.Script(100, Fault.ServiceUnavailable, Fault.DropConnection);

        var state = await SyncAsync(store);

        Assert.Equal(300, await EventsAsync(store));
        Assert.Equal(4, state.PagesApplied);
        Assert.Null(state.NextUrl);
        Assert.NotNull(state.CompletedAt);
        var pages = $"{api.Endpoint}?limit=100&mode=detailed&offset=";
        Assert.Equal(
            [
                $"syncing from {api.Endpoint}?mode=detailed&limit=100",
                "LL2 limits the request rate (429): waiting 1 s, as its Retry-After asks",
                $"page 1: 100 docking events, 534 records new, 0 updated ({api.Endpoint}?mode=detailed&limit=100)",
                "LL2 answered 503 Service Unavailable: trying again in 0.01 s (attempt 2 of 3)",
                "the connection failed (An error occurred while sending the request.): trying again in 0.02 s (attempt 3 of 3)",
                $"page 2: 100 docking events, 300 records new, 5 updated ({pages}100)",
                $"page 3: 100 docking events, 300 records new, 5 updated ({pages}200)",
                $"page 4: 1 docking events, 3 records new, 2 updated ({pages}300)",
            ],
            progress);
        Assert.All(api.Requests, request => Assert.Contains("mode=detailed", request, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_rate_limit_that_asks_for_an_hour_is_waited_in_full_and_said_so()
    {
        using var store = Store();
        api.Script(0, Fault.TooManyRequestsForAnHour);
        using var stop = new CancellationTokenSource();

        var sync = SyncAsync(store, stop.Token);
        for (var tries = 0; tries < 300 && !Said("LL2 limits the request rate (429): waiting 3600 s, as its Retry-After asks"); tries++)
        {
            await Task.Delay(100);
        }

        // No total timeout or longest delay of the resilience pipeline cuts the wait short. What
        // must not happen is a second request: this client's backoff is 10 ms and it tries 3 times,
        // so a pipeline that did not honour the hour would have asked again well within 2 s.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.True(Said("LL2 limits the request rate (429): waiting 3600 s, as its Retry-After asks"), string.Join('\n', progress));
        Assert.False(sync.IsCompleted);
        Assert.Single(api.Requests);
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sync);
    }

    [SkippableFact]
    public async Task A_malformed_page_stops_the_sync_and_the_next_run_resumes_after_the_last_applied_page()
    {
        using var store = Store();
        api.Script(100, Fault.CutOffBody);

        var error = await Assert.ThrowsAsync<Ll2SyncException>(() => SyncAsync(store));

        Assert.Equal(
            $"{api.Endpoint}?limit=100&mode=detailed&offset=100: not complete JSON ('1' is an invalid end of a number. Expected a delimiter. LineNumber: 0 | BytePositionInLine: 40088.); the pages before it are stored, and the sync resumes here when run again",
            error.Message);
        Assert.Equal(99, await EventsAsync(store)); // the first page: event 609 comes twice in it (normal and detailed)
        var requestsBefore = api.Requests.Count;

        var state = await SyncAsync(store);

        Assert.Equal(300, await EventsAsync(store));
        Assert.Equal(4, state.PagesApplied);
        Assert.DoesNotContain(api.Requests.Skip(requestsBefore), request => !request.Contains("offset=", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Each_applied_page_advances_the_data_version_and_a_cut_off_page_does_not()
    {
        using var store = Store();
        api.Script(200, Fault.CutOffBody);

        await Assert.ThrowsAsync<Ll2SyncException>(() => SyncAsync(store));

        await using var db = await store.Contexts.CreateDbContextAsync();
        var stored = await DataVersion.ReadAsync(db, CancellationToken.None);
        Assert.Equal(2, stored!.Version);
        Assert.Equal(stored, store.CurrentVersion.Value);
    }

    [SkippableFact]
    public async Task A_server_that_keeps_failing_is_given_up_with_a_clear_error()
    {
        using var store = Store();
        api.Script(0, Fault.ServiceUnavailable, Fault.ServiceUnavailable, Fault.ServiceUnavailable);

        var error = await Assert.ThrowsAsync<Ll2SyncException>(() => SyncAsync(store));

        Assert.Equal($"{Ll2ApiSync.WithDefaults(api.Endpoint.ToString())}: gave up after 3 attempts: LL2 answered 503 Service Unavailable", error.Message);
        Assert.Equal(0, await EventsAsync(store));
        Assert.Equal(3, api.Requests.Count);
        lock (progress)
        {
            Assert.Equal(["LL2 answered 503 Service Unavailable: trying again in 0.01 s (attempt 2 of 3)", "LL2 answered 503 Service Unavailable: trying again in 0.02 s (attempt 3 of 3)"], progress.Where(line => line.Contains("503", StringComparison.Ordinal)));
        }
    }

    [SkippableFact]
    public async Task A_rate_limit_between_failures_does_not_start_their_count_again()
    {
        using var store = Store();
        api.Script(0, Fault.ServiceUnavailable, Fault.TooManyRequests, Fault.ServiceUnavailable, Fault.ServiceUnavailable);

        var error = await Assert.ThrowsAsync<Ll2SyncException>(() => SyncAsync(store));

        Assert.EndsWith("gave up after 3 attempts: LL2 answered 503 Service Unavailable", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, api.Requests.Count);
    }

    [SkippableFact]
    public async Task The_server_syncs_on_a_schedule_and_the_graph_tells_how_fresh_its_data_is()
    {
        Stores.SkipWithout(provider);
        using var gateway = new ScheduledGateway(api.Endpoint.ToString(), provider);

        var data = await CompletedSyncAsync(gateway);

        Assert.Equal(300, data.GetProperty("dockingEvents").GetProperty("totalCount").GetInt32());
        Assert.Equal(4, data.GetProperty("syncs")[0].GetProperty("pagesApplied").GetInt32());
        Assert.StartsWith(api.Endpoint.ToString(), data.GetProperty("syncs")[0].GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(Fault.LoneSurrogateInName, ": a string holds \\ud800, half of a surrogate pair without its other half, which is not text; the pages before it are stored")]
    [InlineData(Fault.NulInName, ": a string holds the NUL character (\\u0000), which PostgreSQL cannot store and LL2 does not send; the pages before it are stored")]
    [InlineData(Fault.InvalidUtf8InName, ": a string holds bytes that are not UTF-8; the pages before it are stored")]
    [InlineData(Fault.NextIsAFile, ": `next` is not an absolute http(s) address (file:///etc/passwd); the sync does not follow it; the page is not stored")]
    [InlineData(Fault.NextIsGarbage, ": `next` is not an absolute http(s) address (::not an address::); the sync does not follow it; the page is not stored")]
    [InlineData(Fault.NextIsAPath, ": `next` is not an absolute http(s) address (/etc/passwd); the sync does not follow it; the page is not stored")]
    [InlineData(Fault.NextIsAnotherHost, " (http://169.254.169.254/latest/meta-data/); the sync follows only its endpoint's own scheme, host and port unless LL2:FollowOtherHosts is true; the page is not stored")]
    [InlineData(Fault.NextIsItself, ": `next` points back at a page this sync has read already (")]
    [InlineData(Fault.RedirectToAnotherHost, ": LL2 answered 302 Found, pointing at http://localhost:")]
    [InlineData(Fault.NeverEndingBody, ": the body did not end within 5 s (LL2:Timeout)")]
    [InlineData(Fault.HugeBody, ": the body is larger than 64 MB, which no LL2 page is")]
    public async Task A_hostile_page_stops_the_sync_with_its_address_and_reason_stores_nothing_of_it_and_the_next_run_goes_on(Fault fault, string reason)
    {
        using var store = Store();
        api.Script(100, fault);
        var hostile = $"{api.Endpoint}?limit=100&mode=detailed&offset=100";

        // A deadline, so that a sync that would follow a page back to itself forever fails the test instead of hanging it.
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var error = await Assert.ThrowsAsync<Ll2SyncException>(() => SyncAsync(store, deadline.Token));

        Assert.StartsWith($"{hostile}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(99, await EventsAsync(store));
        await using (var db = await store.Contexts.CreateDbContextAsync())
        {
            var stopped = await db.Set<SyncState>().SingleAsync();
            Assert.Equal((1, hostile), (stopped.PagesApplied, stopped.NextUrl));
        }

        var state = await SyncAsync(store);

        Assert.Equal(300, await EventsAsync(store));
        Assert.Equal(4, state.PagesApplied);
        Assert.NotNull(state.CompletedAt);
    }

    [SkippableTheory]
    [InlineData(Fault.LoneSurrogateInName)]
    [InlineData(Fault.NulInName)]
    [InlineData(Fault.InvalidUtf8InName)]
    [InlineData(Fault.NextIsAFile)]
    [InlineData(Fault.NextIsGarbage)]
    [InlineData(Fault.NextIsAPath)]
    [InlineData(Fault.NextIsAnotherHost)]
    [InlineData(Fault.NextIsItself)]
    [InlineData(Fault.RedirectToAnotherHost)]
    [InlineData(Fault.NeverEndingBody)]
    [InlineData(Fault.HugeBody)]
    public async Task The_scheduled_sync_outlives_a_hostile_page_and_applies_the_good_one_at_the_next_interval(Fault fault)
    {
        Stores.SkipWithout(provider);
        api.Script(100, fault);
        using var gateway = new ScheduledGateway(api.Endpoint.ToString(), provider);

        var data = await CompletedSyncAsync(gateway);

        Assert.Equal(300, data.GetProperty("dockingEvents").GetProperty("totalCount").GetInt32());
        Assert.Equal(4, data.GetProperty("syncs")[0].GetProperty("pagesApplied").GetInt32());
        // The hostile page once and the good one once, before the run that completed read the last
        // page: a later interval may start the next run (from the first page) before this line.
        var untilCompleted = api.Requests.TakeWhile(request => !request.EndsWith("offset=200", StringComparison.Ordinal));
        Assert.Equal(2, untilCompleted.Count(request => request.EndsWith("offset=100", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task The_API_key_is_sent_as_a_token_and_the_client_says_who_it_is()
    {
        var capture = new CapturingHandler();
        using var http = new HttpClient(capture);
        var client = new Ll2ApiClient(http, new Ll2ApiOptions { ApiKey = "secret" });

        await client.GetPageAsync(new Uri(api.Endpoint, "?offset=200"), null, CancellationToken.None);

        Assert.Equal("Token secret", capture.Last!.Headers.Authorization?.ToString());
        Assert.Equal(Ll2ApiClient.UserAgent, capture.Last.Headers.UserAgent.ToString());
    }

    private TestStore Store()
    {
        Stores.SkipWithout(provider);
        return new TestStore(provider);
    }

    private async Task<SyncState> SyncAsync(TestStore store, CancellationToken cancellationToken = default)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LL2:MaxAttempts"] = "3",
            ["LL2:Backoff"] = "00:00:00.010",
            ["LL2:Timeout"] = "00:00:05",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton(store.Contexts)
            .AddSingleton(store.Importer)
            .AddLl2Sync(configuration)
            .BuildServiceProvider();
        await using (services)
        {
            return await services.GetRequiredService<Ll2ApiSync>().RunAsync(api.Endpoint.ToString(), new Progress(progress), cancellationToken);
        }
    }

    /// <summary>The syncs and the count of events once the gateway's scheduled sync has reached the last page (at most a minute).</summary>
    private static async Task<System.Text.Json.JsonElement> CompletedSyncAsync(GatewayFactory gateway)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            var data = await gateway.DataAsync("{ syncs { source pagesApplied completedAt } dockingEvents { totalCount } }");
            var syncs = data.GetProperty("syncs");
            if (syncs.GetArrayLength() > 0 && syncs[0].GetProperty("completedAt").ValueKind == System.Text.Json.JsonValueKind.String)
            {
                return data;
            }

            Assert.True(DateTime.UtcNow < deadline, $"the scheduled sync did not complete within a minute: {data}");
            await Task.Delay(100);
        }
    }

    private bool Said(string line)
    {
        lock (progress)
        {
            return progress.Contains(line);
        }
    }

    private static async Task<int> EventsAsync(TestStore store)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        return await db.Set<DockingEvent>().CountAsync();
    }

    /// <summary>A gateway without seeds that syncs from the stand-in LL2 every second.</summary>
    private sealed class ScheduledGateway(string source, StoreProvider provider) : GatewayFactory(seed: false, provider)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Sync:Interval", "00:00:01");
            builder.UseSetting("Sync:Source", source);
            builder.UseSetting("LL2:Timeout", "00:00:05");
        }
    }

    private sealed class Progress(List<string> lines) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (lines)
            {
                lines.Add(value);
            }
        }
    }

    /// <summary>The last request the client sent through this handler (each test has its own: a static one was shared by the two stores' classes, which run in parallel).</summary>
    private sealed class CapturingHandler() : DelegatingHandler(new HttpClientHandler())
    {
        public HttpRequestMessage? Last { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Last = request;
            return base.SendAsync(request, cancellationToken);
        }
    }

    public sealed class OnSqlite() : Ll2ApiSyncTests(StoreProvider.Sqlite)
    {
    }

    public sealed class OnPostgreSql() : Ll2ApiSyncTests(StoreProvider.PostgreSQL)
    {
    }
}
