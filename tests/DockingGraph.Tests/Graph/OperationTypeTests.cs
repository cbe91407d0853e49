using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Graph;

/// <summary>The graph answers queries only: another operation type is the client's mistake, a validation error with its code, never a server error.</summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed class OperationTypeTests(GatewayFactory gateway)
{
    [Theory]
    [InlineData("mutation M { __typename }", "mutation")]
    [InlineData("subscription S { dockingEvents { totalCount } }", "subscription")]
    public async Task An_operation_type_the_schema_lacks_is_a_400_validation_error_for_graphql_response_json(string query, string kind)
    {
        using var response = await PostAsync(query, "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal("OPERATION_TYPE_NOT_SUPPORTED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal($"This graph has no {kind} type: it answers queries only, so a {kind} cannot be run.", error.GetProperty("message").GetString());
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
    public async Task A_subscription_over_GET_is_a_validation_error()
    {
        using var client = gateway.CreateClient();

        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("subscription S { dockingEvents { totalCount } }"));

        var error = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal("OPERATION_TYPE_NOT_SUPPORTED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<HttpResponseMessage> PostAsync(string query, string accept)
    {
        using var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        return await client.PostAsync("/graphql", content);
    }
}
