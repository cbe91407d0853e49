using DockingGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// The introspection policy: on by default, the IDEs' standard query within its depth limit, a
/// cyclic query refused cheaply (HC0086), and off when configured (HC0046) with <c>__typename</c>
/// still answered.
/// </summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed class IntrospectionTests(GatewayFactory gateway)
{
    [Fact]
    public async Task The_standard_introspection_query_of_graphql_js_runs()
    {
        var query = await Node.RunAsync(Path.Combine(Node.TestsFolder, "GraphQLOverHttp", "audit"), "-e", "process.stdout.write(require('graphql').getIntrospectionQuery())");

        var data = await gateway.DataAsync(query);

        Assert.True(data.GetProperty("__schema").GetProperty("types").GetArrayLength() > 100);
    }

    [Theory]
    [InlineData("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }")]
    [InlineData("{ __type(name: \"DockingEvent\") { fields { type { fields { type { fields { type { fields { name } } } } } } } } }")]
    [InlineData("{ __type(name: \"DockingEvent\") { ...Deep } } fragment Deep on __Type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }")]
    [InlineData("{ __schema { ...Types } } fragment Types on __Schema { types { ...Fields } } fragment Fields on __Type { fields { type { interfaces { possibleTypes { name } } } } }")]
    public async Task A_cyclic_introspection_query_is_refused_with_HC0086(string query)
    {
        var result = await gateway.QueryAsync(query);

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("HC0086", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(result.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Turned_off_introspection_is_refused_with_HC0046_while_typename_answers()
    {
        using var closed = new ClosedGateway();

        var refused = await closed.QueryAsync("{ __schema { queryType { name } } }");
        var typename = await closed.DataAsync("{ __typename dockingEvents(first: 1) { nodes { __typename } } }");

        var error = Assert.Single(refused.GetProperty("errors").EnumerateArray());
        Assert.Equal("HC0046", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("__schema", error.GetProperty("extensions").GetProperty("field").GetString());
        Assert.Equal("Query", typename.GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task With_introspection_off_the_schema_is_not_served_as_SDL_either()
    {
        using var closed = new ClosedGateway();
        using var client = closed.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?sdl");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var refused = await client.SendAsync(request);
        var body = await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(refused.Content);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("HC0046", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain("type Query", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private sealed class ClosedGateway : GatewayFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:Introspection", "false");
        }
    }
}
