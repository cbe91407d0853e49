using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>
/// The gateway in process, over real HTTP through the ASP.NET pipeline, on a SQLite file of its own.
/// Like the embedded default it imports the bundled seeds at start, unless told otherwise.
/// </summary>
public class GatewayFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase database = new();

    public GatewayFactory()
        : this(seed: true)
    {
    }

    protected GatewayFactory(bool seed)
    {
        Seed = seed;
    }

    public bool Seed { get; }

    public string DatabasePath => database.Path;

    public string ConnectionString => database.ConnectionString;

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Docking", database.ConnectionString);
        builder.UseSetting("Seed:Enabled", Seed ? "true" : "false");
        builder.UseEnvironment("Development");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            database.Dispose();
        }
    }
}
