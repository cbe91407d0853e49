using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Graph;

/// <summary>The graph answers queries and subscriptions: a mutation is the client's mistake, a validation error with its code, never a server error; a subscription needs a stream.</summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed class OperationTypeTests(GatewayFactory gateway)
{
    [Fact]
    public async Task A_mutation_is_a_400_validation_error_for_graphql_response_json()
    {
        using var response = await PostAsync("mutation M { __typename }", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal("OPERATION_TYPE_NOT_SUPPORTED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("This graph has no mutation type: it answers queries and subscriptions, so a mutation cannot be run.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_subscription_asked_for_one_answer_is_refused_naming_the_streams_that_serve_it()
    {
        using var response = await PostAsync("subscription S { dockingEventChanged { kind } }", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal("SUBSCRIPTION_NEEDS_STREAM", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("graphql-transport-ws", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mutation_is_a_validation_error_for_plain_json_too()
    {
        using var response = await PostAsync("mutation M { __typename }", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal("OPERATION_TYPE_NOT_SUPPORTED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_subscription_over_GET_without_an_event_stream_is_refused_too()
    {
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("subscription S { dockingEventChanged { kind } }"));

        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal("SUBSCRIPTION_NEEDS_STREAM", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<HttpResponseMessage> PostAsync(string query, string accept)
    {
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        return await client.PostAsync("/graphql", content);
    }
}
