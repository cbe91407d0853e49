using System.Net.Http.Json;
using System.Text.Json;
using DockingGraph.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>
/// The gateway in process, over real HTTP through the ASP.NET pipeline, on a database of its own
/// (a SQLite file by default). Like the embedded default it imports the bundled seeds at start,
/// unless told otherwise. The database is made when the gateway first starts.
/// </summary>
public class GatewayFactory : WebApplicationFactory<Program>
{
    private readonly Lazy<TestDatabase> database;
    private readonly bool ownsDatabase = true;

    public GatewayFactory()
        : this(seed: true, StoreProvider.Sqlite)
    {
    }

    protected GatewayFactory(bool seed, StoreProvider provider = StoreProvider.Sqlite)
    {
        Seed = seed;
        Provider = provider;
        database = new Lazy<TestDatabase>(() => TestDatabase.Create(provider));
    }

    /// <summary>A gateway over a database that another gateway uses too (several instances over one store).</summary>
    protected GatewayFactory(TestDatabase shared, bool seed = true)
    {
        Seed = seed;
        Provider = shared.Provider;
        database = new Lazy<TestDatabase>(shared);
        ownsDatabase = false;
    }

    public bool Seed { get; }

    public StoreProvider Provider { get; }

    public TestDatabase Database => database.Value;

    public string ConnectionString => Database.ConnectionString;

    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The <c>data</c> of a query that must succeed.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var result = await QueryAsync(query, variables);
        Assert.False(result.TryGetProperty("errors", out var errors), $"the query failed: {errors}");
        return result.GetProperty("data");
    }

    /// <summary>Starts the gateway, then renames its SQLite store's events table away: every read of events fails inside the store.</summary>
    public async Task BreakEventsTableAsync()
    {
        await DataAsync("{ __typename }");
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "ALTER TABLE \"DockingEvents\" RENAME TO \"Gone\"";
        await command.ExecuteNonQueryAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Docking", Database.ConnectionString);
        builder.UseSetting("Seed:Enabled", Seed ? "true" : "false");

        // The data version is read again in the background only where a test sets an interval of
        // its own: a read at any moment would fall into other tests' statement counts.
        builder.UseSetting("Caching:DataVersionRefreshInterval", "1.00:00:00");
        builder.UseEnvironment("Development");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsDatabase && database.IsValueCreated)
        {
            database.Value.Dispose();
        }
    }
}

/// <summary>The seeded gateway on PostgreSQL.</summary>
public sealed class PostgresGatewayFactory() : GatewayFactory(seed: true, StoreProvider.PostgreSQL)
{
}
