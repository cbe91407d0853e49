using System.Net.Http.Json;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Graph;

/// <summary>How an answer's text is written: as it is, as HotChocolate writes it, with only what JSON itself requires escaped.</summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed class AnswerEncodingTests(GatewayFactory gateway)
{
    [Fact]
    public async Task Apostrophes_and_other_HTML_sensitive_characters_are_written_as_themselves()
    {
        using var client = gateway.CreateClient();

        using var response = await client.PostAsJsonAsync("/graphql", new { query = "{ dockingEvent(id: 609) { chaser { ... on PayloadFlight { payload { name manufacturer { administrator } } } } } }" });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("\"Chang'e 6 Sample Ascender\"", body, StringComparison.Ordinal);
        Assert.Contains("\"Chairman & President: Lei Fanpei\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", body, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
