using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DockingGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DockingGraph.Tests.GraphQLOverHttp;

/// <summary>Banana Cake Pop at /graphql, as HotChocolate serves it, and only where it is wanted.</summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed class IdeTests(GatewayFactory gateway)
{
    [Fact]
    public async Task A_browser_at_the_graph_s_address_is_sent_to_the_IDE()
    {
        using var client = gateway.CreateClient(new() { AllowAutoRedirect = false });

        using var redirect = await GetHtmlAsync(client, "/graphql");
        using var page = await GetHtmlAsync(client, "/graphql/");

        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/graphql/", redirect.Headers.Location?.ToString());
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>Banana Cake Pop</title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_IDE_is_pointed_at_the_same_endpoint_and_its_assets_are_served()
    {
        using var client = gateway.CreateClient();
        var page = await (await GetHtmlAsync(client, "/graphql/")).Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(page, "src=\"(static/js/main[^\"]+)\"").Groups[1].Value;

        var config = await client.GetFromJsonAsync<JsonElement>("/graphql/bcp-config.json");
        using var asset = await client.GetAsync($"/graphql/{script}");

        Assert.EndsWith("/graphql", config.GetProperty("endpoint").GetString(), StringComparison.Ordinal);
        Assert.True(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("text/javascript", asset.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_GraphQL_client_at_the_same_address_still_gets_GraphQL()
    {
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        using var response = await client.SendAsync(request);

        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Query", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task In_Production_the_IDE_is_off_unless_enabled()
    {
        using var production = new Gateway("Production", enabled: null);
        using var enabled = new Gateway("Production", enabled: true);

        using var off = await GetHtmlAsync(production.CreateClient(), "/graphql/");
        using var on = await GetHtmlAsync(enabled.CreateClient(), "/graphql/");

        Assert.NotEqual("text/html", off.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await production.CreateClient().GetAsync("/graphql/bcp-config.json")).StatusCode);
        Assert.Equal("text/html", on.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Without_the_bundle_the_page_says_the_IDE_is_not_installed()
    {
        var empty = Directory.CreateTempSubdirectory("no-ide-").FullName;
        try
        {
            using var gatewayWithoutIde = new Gateway("Development", enabled: true, path: empty);

            using var page = await GetHtmlAsync(gatewayWithoutIde.CreateClient(), "/graphql/");

            Assert.Contains("not installed", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(
                "Query",
                (await gatewayWithoutIde.DataAsync("{ __typename }")).GetProperty("__typename").GetString());
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    private static Task<HttpResponseMessage> GetHtmlAsync(HttpClient client, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        return client.SendAsync(request);
    }

    private sealed class Gateway(string environment, bool? enabled, string? path = null) : GatewayFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment(environment);
            if (enabled is not null)
            {
                builder.UseSetting("Ide:Enabled", enabled.Value ? "true" : "false");
            }

            if (path is not null)
            {
                builder.UseSetting("Ide:Path", path);
            }
        }
    }
}
