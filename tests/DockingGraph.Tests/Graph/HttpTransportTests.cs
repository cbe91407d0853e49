using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Graph;

/// <summary>GraphQL over HTTP, the basics: a bad request is a GraphQL error response, never a 500.</summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed class HttpTransportTests(GatewayFactory gateway)
{
    [Fact]
    public async Task A_query_over_GET_is_answered()
    {
        using var client = gateway.CreateClient();

        var result = await client.GetFromJsonAsync<JsonElement>("/graphql?query=" + Uri.EscapeDataString("{ dockingEvent(id: 607) { docking } }"));

        Assert.Equal("1972-12-15T01:10:15Z", result.GetProperty("data").GetProperty("dockingEvent").GetProperty("docking").GetString());
    }

    [Fact]
    public async Task A_mutation_over_GET_is_a_405()
    {
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { launch }"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task An_unknown_operation_name_is_an_error()
    {
        using var response = await PostAsync("query A { __typename } query B { __typename }", "application/graphql-response+json", operationName: "C");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("Document does not contain an operation named 'C'.", error.GetProperty("message").GetString());
        Assert.Equal("INVALID_OPERATION_NAME", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_syntax_error_is_a_GraphQL_error_with_its_location()
    {
        using var response = await PostAsync("{ dockingEvents { nodes { id }", "application/json");
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("SYNTAX_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(error.GetProperty("locations")[0].GetProperty("line").GetInt32() >= 1);
    }

    [Fact]
    public async Task A_document_that_does_not_validate_is_a_400_for_graphql_response_json()
    {
        using var response = await PostAsync("{ dockingEvent(id: 607) { noSuchField } }", "application/graphql-response+json");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("Cannot query field 'noSuchField' on type 'DockingEvent'.", error.GetProperty("message").GetString());
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_a_400_with_a_GraphQL_error()
    {
        using var client = gateway.CreateClient();
        using var content = new StringContent("{ query: nope", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal("The request body is not JSON: 'q' is an invalid start of a property name. Expected a '\"'. LineNumber: 0 | BytePositionInLine: 2.", error.GetProperty("message").GetString());
        Assert.Equal("HC0009", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_body_of_another_media_type_is_a_415()
    {
        using var client = gateway.CreateClient();
        using var content = new StringContent("query=%7B__typename%7D", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task A_request_without_a_query_is_a_400_that_says_so()
    {
        using var client = gateway.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { operationName = "x" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The request has no `query` (nor the id of a persisted document).", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_query_nested_deeper_than_the_limit_is_refused()
    {
        const string Deep = "{ dockingEvents { nodes { flightVehicleChaser { launch { pad { location { celestialBody { image { license { name } } } } } } } } } }";
        Assert.False((await gateway.QueryAsync(Deep)).TryGetProperty("errors", out _), "the default limit allows it");

        using var shallow = new GatewayWithDepth(4);
        var refused = await shallow.QueryAsync(Deep);

        var extensions = Assert.Single(refused.GetProperty("errors").EnumerateArray()).GetProperty("extensions");
        Assert.Equal("MAX_EXECUTION_DEPTH_EXCEEDED", extensions.GetProperty("code").GetString());
        Assert.Equal(10, extensions.GetProperty("detectedExecutionDepth").GetInt32());
        Assert.Equal(4, extensions.GetProperty("allowedExecutionDepth").GetInt32());
    }

    private async Task<HttpResponseMessage> PostAsync(string query, string accept, string? operationName = null)
    {
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, operationName }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await client.SendAsync(request);
    }

    private sealed class GatewayWithDepth(int depth) : GatewayFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:MaxDepth", depth.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
