using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DockingGraph.Storage;
using DockingGraph.Tests.Infrastructure;
using static DockingGraph.Tests.Http.Caching.GraphQLGet;

namespace DockingGraph.Tests.Http.Caching;

/// <summary>
/// An ETag stands for the data it was made from: an import changes it at once in the instance
/// that ran it, and within the refresh interval in another instance over the same store; an
/// import that changes nothing keeps it.
/// </summary>
public abstract class ETagFreshnessTests(StoreProvider provider)
{
    private static readonly string Count = Address("{ dockingEvents { totalCount } }");

    [SkippableFact]
    public async Task An_import_changes_the_etag_at_once_and_the_old_one_no_longer_matches()
    {
        using var gateway = Gateway();
        using var client = gateway.CreateClient();
        using var before = await SendAsync(client, Count);

        await gateway.ImportAsync(GeneratedDockingData.Page(5));
        using var after = await SendAsync(client, Count, ifNoneMatch: ETag(before));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotNull(ETag(after));
        Assert.NotEqual(ETag(before), ETag(after));
        Assert.Equal(0, await TotalAsync(before));
        Assert.Equal(5, await TotalAsync(after));
    }

    [SkippableFact]
    public async Task An_import_that_changes_nothing_keeps_the_etag_matching()
    {
        using var gateway = Gateway();
        using var client = gateway.CreateClient();
        await gateway.ImportAsync(GeneratedDockingData.Page(5));
        using var before = await SendAsync(client, Count);

        await gateway.ImportAsync(GeneratedDockingData.Page(5));
        using var after = await SendAsync(client, Count, ifNoneMatch: ETag(before));

        Assert.Equal(HttpStatusCode.NotModified, after.StatusCode);
    }

    [SkippableFact]
    public async Task Another_instance_over_the_same_store_sees_an_import_within_its_refresh_interval()
    {
        Stores.SkipWithout(provider);
        using var database = TestDatabase.Create(provider);
        using var writer = new CachingGateway(database);
        using var reader = new CachingGateway(database, ("Caching:DataVersionRefreshInterval", "00:00:00.200"));
        using var writerClient = writer.CreateClient();
        using var readerClient = reader.CreateClient();
        var old = await TagAsync(readerClient);
        Assert.Equal(old, await TagAsync(writerClient));

        await writer.ImportAsync(GeneratedDockingData.Page(5));
        var written = await TagAsync(writerClient);

        // Polled, not slept: the reader reads the version every 200 ms; the deadline is only a bound.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var seen = await TagAsync(readerClient);
        while (seen == old && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            seen = await TagAsync(readerClient);
        }

        Assert.NotEqual(old, written);
        Assert.Equal(written, seen);
        using var answer = await SendAsync(readerClient, Count);
        Assert.Equal(5, await TotalAsync(answer));
    }

    private CachingGateway Gateway()
    {
        Stores.SkipWithout(provider);
        return new CachingGateway(provider);
    }

    private static async Task<string?> TagAsync(HttpClient client)
    {
        using var response = await SendAsync(client, Count);
        return ETag(response);
    }

    private static async Task<int> TotalAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("dockingEvents").GetProperty("totalCount").GetInt32();

    public sealed class OnSqlite() : ETagFreshnessTests(StoreProvider.Sqlite)
    {
    }

    public sealed class OnPostgreSql() : ETagFreshnessTests(StoreProvider.PostgreSQL)
    {
    }
}
