using DockingGraph.Import;
using DockingGraph.Storage;
using DockingGraph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.Storage;

/// <summary>
/// The store's data version: a new store is at 0; an import that writes advances it in its own
/// transaction, in the store and in this process's copy at once; one that changes nothing or
/// fails leaves it as it was. The first start's seeding is such an import.
/// </summary>
public abstract class DataVersionTests(StoreProvider provider)
{
    [SkippableFact]
    public async Task A_new_store_is_at_version_0_and_the_seeding_of_its_first_start_advances_it()
    {
        Stores.SkipWithout(provider);
        using var empty = new Gateway(seed: false, provider);
        using var seeded = new Gateway(seed: true, provider);
        _ = empty.Server;
        _ = seeded.Server;

        var unseeded = empty.Services.GetRequiredService<CurrentDataVersion>().Value;
        var afterSeeding = seeded.Services.GetRequiredService<CurrentDataVersion>().Value;

        Assert.Equal(new DataVersionStamp(0, DateTime.UnixEpoch), unseeded);
        Assert.Equal(1, afterSeeding!.Version);
        Assert.InRange(afterSeeding.ChangedAt, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow);
    }

    [SkippableFact]
    public async Task An_import_that_writes_advances_the_version_in_the_store_and_in_memory_at_once()
    {
        using var store = Store();

        await store.ImportAsync(Seeds.File("000"));
        var first = await StoredAsync(store);
        await store.ImportAsync(Seeds.File("002"));
        var second = await StoredAsync(store);

        Assert.Equal(1, first!.Version);
        Assert.Equal(2, second!.Version);
        Assert.True(second.ChangedAt > first.ChangedAt);
        Assert.Equal(second, store.CurrentVersion.Value);
    }

    [SkippableFact]
    public async Task An_import_that_changes_nothing_leaves_the_version_as_it_was()
    {
        using var store = Store();
        await store.ImportAsync(Seeds.Directory);
        var before = await StoredAsync(store);

        var again = await store.ImportAsync(Seeds.Directory);

        Assert.Equal(0, again.TotalNew + again.TotalUpdated);
        Assert.Equal(before, await StoredAsync(store));
        Assert.Equal(before, store.CurrentVersion.Value);
    }

    [SkippableFact]
    public async Task A_failed_import_leaves_the_version_as_it_was()
    {
        using var store = Store();
        await store.ImportAsync(Seeds.File("000"));
        var before = await StoredAsync(store);
        var bad = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(bad, """{ "results": [ 1 ] }""");

        try
        {
            // The good file is written inside the import's transaction before the bad one fails it.
            await Assert.ThrowsAsync<Ll2ImportException>(() => store.ImportAsync(Seeds.File("002"), bad));
        }
        finally
        {
            File.Delete(bad);
        }

        Assert.Equal(before, await StoredAsync(store));
        Assert.Equal(before, store.CurrentVersion.Value);
    }

    [SkippableFact]
    public async Task Another_process_s_copy_reads_the_same_stamp_from_the_store()
    {
        using var store = Store();
        await store.ImportAsync(Seeds.File("000"));
        var configuration = TestDatabase.Settings(store.Provider, store.ConnectionString);
        await using var other = new ServiceCollection().AddDockingStore(configuration).BuildServiceProvider();
        var copy = other.GetRequiredService<CurrentDataVersion>();

        await copy.RefreshAsync(CancellationToken.None);

        Assert.Equal(store.CurrentVersion.Value, copy.Value);
    }

    private TestStore Store()
    {
        Stores.SkipWithout(provider);
        return new TestStore(provider);
    }

    private static async Task<DataVersionStamp?> StoredAsync(TestStore store)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        return await DataVersion.ReadAsync(db, CancellationToken.None);
    }

    private sealed class Gateway(bool seed, StoreProvider provider) : GatewayFactory(seed, provider)
    {
    }

    public sealed class OnSqlite() : DataVersionTests(StoreProvider.Sqlite)
    {
    }

    public sealed class OnPostgreSql() : DataVersionTests(StoreProvider.PostgreSQL)
    {
    }
}
