using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DockingGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DockingGraph.Tests.GraphQLOverHttp;

/// <summary>The gateway as a web service: health, CORS, compression, batching, unexpected errors.</summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed class OperationalTests(GatewayFactory gateway)
{
    [Fact]
    public async Task Health_reports_healthy_with_the_store_checked()
    {
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Liveness_and_readiness_report_healthy_once_the_store_is_prepared(string path)
    {
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_fails_when_the_store_cannot_be_reached_while_liveness_holds()
    {
        using var lost = new Gateway("Production");
        using var client = lost.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);

        // The store's file becomes a folder: SQLite can no longer open it.
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(lost.ConnectionString).DataSource;
        File.Delete(file);
        Directory.CreateDirectory(file);
        try
        {
            using var ready = await client.GetAsync("/health/ready");
            using var live = await client.GetAsync("/health/live");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            Directory.Delete(file);
        }
    }

    [Fact]
    public async Task The_root_sends_a_browser_to_the_graph()
    {
        using var client = gateway.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task In_Development_any_origin_may_call_the_graph()
    {
        using var client = gateway.CreateClient();

        using var preflight = await PreflightAsync(client, "https://frontend.example");

        Assert.Equal("*", preflight.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task In_Production_only_configured_origins_may_call_the_graph()
    {
        using var production = new Gateway("Production", ("Cors:Origins:0", "https://app.example"));
        using var client = production.CreateClient();

        using var allowed = await PreflightAsync(client, "https://app.example");
        using var refused = await PreflightAsync(client, "https://elsewhere.example");

        Assert.Equal("https://app.example", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Responses_are_compressed_when_the_client_accepts_it()
    {
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ dockingEvents(first: 100) { nodes { id docking departure } } }" }) };
        request.Headers.AcceptEncoding.ParseAdd("gzip");

        using var response = await client.SendAsync(request);

        Assert.Equal("gzip", response.Content.Headers.ContentEncoding.Single());
    }

    [Fact]
    public async Task A_batch_of_operations_is_refused_with_a_clear_error()
    {
        using var client = gateway.CreateClient();
        using var body = new StringContent("""[{ "query": "{ __typename }" }, { "query": "{ __typename }" }]""", Encoding.UTF8, "application/json");

        using var response = await client.PostAsync("/graphql", body);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Batched requests (a JSON array of operations) are not supported: send one operation per request.", error.GetProperty("message").GetString());
        Assert.Equal("HC0009", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unexpected_failure_reaches_the_client_as_a_generic_error_with_a_trace_id()
    {
        using var broken = new Gateway("Production");
        await broken.BreakEventsTableAsync();

        var result = await broken.QueryAsync("{ dockingEvents { nodes { id } } }");

        var error = result.GetProperty("errors")[0];
        Assert.Equal("Unexpected server error.", error.GetProperty("message").GetString());
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("extensions").GetProperty("traceId").GetString()));
        Assert.DoesNotContain("Gone", result.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("DockingEvents", result.ToString(), StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> PreflightAsync(HttpClient client, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return client.SendAsync(request);
    }

    private sealed class Gateway(string environment, params (string Key, string Value)[] settings) : GatewayFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
