using DockingGraph.Changes;
using DockingGraph.Storage;
using DockingGraph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DockingGraph.Tests.Live;

/// <summary>Several instances over one PostgreSQL store: a commit on any reaches the subscribers of every one, through NOTIFY, and a listener that drops catches up from the store.</summary>
public sealed class AcrossInstancesTests
{
    private const string Changes = "subscription { dockingEventChanged { kind dataVersion dockingEvent { id } } }";

    [SkippableFact]
    public async Task A_commit_on_one_instance_reaches_subscribers_on_another_and_moves_its_data_version_at_once()
    {
        Stores.SkipWithout(StoreProvider.PostgreSQL);
        using var importing = new LiveGateway(StoreProvider.PostgreSQL);
        using var serving = new LiveGateway(importing.Database);
        await using var client = serving.Subscribe("ws", Changes);
        await serving.SubscribedAsync(1);
        await ListeningAsync(serving);

        await importing.ImportAsync(GeneratedDockingData.Page(5));

        var ids = (await client.ResultsAsync(5)).Select(r => r.GetProperty("data").GetProperty("dockingEventChanged").GetProperty("dockingEvent").GetProperty("id").GetInt32());
        Assert.Equal([1, 2, 3, 4, 5], ids);

        // The gateways here never read the version again on their own (the tests' refresh is a day).
        Assert.Equal(importing.Services.GetRequiredService<CurrentDataVersion>().Value, serving.Services.GetRequiredService<CurrentDataVersion>().Value);
        await client.AssertQuietAsync(TimeSpan.FromMilliseconds(500));
    }

    [SkippableFact]
    public async Task A_listener_cut_off_by_the_server_reconnects_and_reads_what_it_missed_from_the_store()
    {
        Stores.SkipWithout(StoreProvider.PostgreSQL);
        using var importing = new LiveGateway(StoreProvider.PostgreSQL);
        using var serving = new LiveGateway(importing.Database, ("ChangeFeed:CatchUpRetry", "00:00:02"));
        await using var client = serving.Subscribe("ws", Changes);
        await serving.SubscribedAsync(1);
        await ListeningAsync(serving);

        await using (var admin = new NpgsqlConnection(importing.ConnectionString))
        {
            await admin.OpenAsync();
            await using var terminate = new NpgsqlCommand($"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE application_name = '{PostgresChangeListener.ApplicationName}'", admin);
            Assert.True((long)(await terminate.ExecuteScalarAsync())! >= 1);
        }

        // Committed while the serving instance is not listening: no notice reaches it.
        await importing.ImportAsync(GeneratedDockingData.Page(3));
        var page = GeneratedDockingData.Page(5);
        page["results"]![0]!["docking_location"]!["name"] = "Renamed port";
        await importing.ImportAsync(page);

        var changes = (await client.ResultsAsync(6)).Select(r => r.GetProperty("data").GetProperty("dockingEventChanged")).ToList();
        Assert.Equal([1, 2, 3, 1, 4, 5], changes.Select(c => c.GetProperty("dockingEvent").GetProperty("id").GetInt32()));
        Assert.Equal(["CREATED", "CREATED", "CREATED", "UPDATED", "CREATED", "CREATED"], changes.Select(c => c.GetProperty("kind").GetString()));
        await client.AssertQuietAsync(TimeSpan.FromSeconds(1));
        Assert.True(serving.Services.GetRequiredService<PostgresChangeListener>().IsListening);
    }

    private static async Task ListeningAsync(LiveGateway gateway)
    {
        var listener = gateway.Services.GetRequiredService<PostgresChangeListener>();
        for (var waited = 0; !listener.IsListening; waited += 20)
        {
            Assert.True(waited < 30_000, "the instance did not start listening within 30 s");
            await Task.Delay(20);
        }
    }
}
