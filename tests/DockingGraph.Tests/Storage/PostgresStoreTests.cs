using DockingGraph.Storage;
using DockingGraph.Tests.Infrastructure;
using Npgsql;

namespace DockingGraph.Tests.Storage;

/// <summary>What PostgreSQL adds as the production store: many instances at once, and indexes that fit its search.</summary>
public sealed class PostgresStoreTests
{
    [SkippableFact]
    public async Task Instances_starting_together_over_one_database_import_the_seeds_once()
    {
        Stores.SkipWithout(StoreProvider.PostgreSQL);
        // Empty: the instances race to migrate it too.
        using var database = TestDatabase.Create(StoreProvider.PostgreSQL, migrated: false);
        var instances = Enumerable.Range(0, 3).Select(_ => new Instance(database)).ToList();
        try
        {
            await Task.WhenAll(instances.Select(instance => Task.Run(() => instance.Server)));

            foreach (var instance in instances)
            {
                var data = await instance.DataAsync("{ dockingEvents { totalCount } }");
                Assert.Equal(19, data.GetProperty("dockingEvents").GetProperty("totalCount").GetInt32());
            }
        }
        finally
        {
            instances.ForEach(instance => instance.Dispose());
        }
    }

    [SkippableFact]
    public async Task The_searched_names_have_trigram_indexes()
    {
        Stores.SkipWithout(StoreProvider.PostgreSQL);
        using var store = new TestStore(StoreProvider.PostgreSQL);
        await using var connection = new NpgsqlConnection(store.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT tablename || '.' || indexdef FROM pg_indexes WHERE indexdef LIKE '%gin_trgm_ops%' ORDER BY 1", connection);
        var indexes = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add(reader.GetString(0));
            }
        }

        Assert.Equal(7, indexes.Count);
        Assert.Contains(indexes, index => index.StartsWith("DockingLocations.", StringComparison.Ordinal) && index.Contains("\"NameSearch\"", StringComparison.Ordinal));
        Assert.Contains(indexes, index => index.StartsWith("Agencies.", StringComparison.Ordinal) && index.Contains("\"AbbrevSearch\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Host=db;Database=docking;Username=docking", "Host=db;Database=docking;Username=docking;No Reset On Close=True;Max Auto Prepare=64;Options=\"-c plan_cache_mode=force_generic_plan\"")]
    [InlineData("Host=db;Database=docking;NoResetOnClose=false;max auto prepare=0", "Host=db;Database=docking;No Reset On Close=False;Max Auto Prepare=0;Options=\"-c plan_cache_mode=force_generic_plan\"")]
    public void Connections_are_not_reset_on_return_and_repeated_statements_are_prepared_unless_the_operator_says_otherwise(string given, string used)
    {
        Assert.Equal(used, DockingStore.ForManyShortContexts(given));
    }

    [Theory]
    [InlineData("Host=db;Database=docking", "Host=db;Database=docking;No Reset On Close=True;Max Auto Prepare=16;Auto Prepare Min Usages=2")]
    [InlineData("Host=db;Database=docking;Max Auto Prepare=8;Auto Prepare Min Usages=3", "Host=db;Database=docking;Max Auto Prepare=8;Auto Prepare Min Usages=3;No Reset On Close=True")]
    public void Auto_prepare_follows_the_database_settings_unless_the_connection_string_sets_it(string given, string used)
    {
        Assert.Equal(used, DockingStore.ForManyShortContexts(given, new StoreOptions { MaxAutoPrepare = 16, AutoPrepareMinUsages = 2, PlanCacheMode = "auto" }));
    }

    [Theory]
    [InlineData("Host=db;Database=docking", "force_custom_plan", "Host=db;Database=docking;No Reset On Close=True;Max Auto Prepare=64;Options=\"-c plan_cache_mode=force_custom_plan\"")]
    [InlineData("Host=db;Database=docking;Options=-c search_path=docking", "force_generic_plan", "Host=db;Database=docking;Options=\"-c search_path=docking -c plan_cache_mode=force_generic_plan\";No Reset On Close=True;Max Auto Prepare=64")]
    [InlineData("Host=db;Database=docking;Options=-c plan_cache_mode=auto", "force_generic_plan", "Host=db;Database=docking;Options=\"-c plan_cache_mode=auto\";No Reset On Close=True;Max Auto Prepare=64")]
    public void Statements_are_planned_once_unless_the_operator_says_otherwise(string given, string mode, string used)
    {
        Assert.Equal(used, DockingStore.ForManyShortContexts(given, new StoreOptions { PlanCacheMode = mode }));
    }

    [SkippableFact]
    public async Task The_gateway_s_sessions_keep_one_plan_per_prepared_statement()
    {
        Stores.SkipWithout(StoreProvider.PostgreSQL);
        using var store = new TestStore(StoreProvider.PostgreSQL);
        await using var connection = new NpgsqlConnection(DockingStore.ForManyShortContexts(store.ConnectionString));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW plan_cache_mode", connection);
        Assert.Equal("force_generic_plan", await command.ExecuteScalarAsync());
    }

    /// <summary>One more gateway instance over a database the others use too.</summary>
    private sealed class Instance(TestDatabase shared) : GatewayFactory(shared)
    {
    }
}
