using System.Net.Http.Json;
using System.Text;
using DockingGraph.Storage;

namespace DockingGraph.Tests.Live;

/// <summary>GraphQL over Server-Sent Events as a plain HTTP client sees it: the events' framing, a query's one result, and the stream's end when the host stops.</summary>
public sealed class GraphQLEventStreamTests
{
    [Fact]
    public async Task A_query_asked_for_an_event_stream_is_one_next_event_then_complete()
    {
        using var gateway = new LiveGateway(StoreProvider.Sqlite);
        using var http = new HttpClient();

        var text = await ReadAllAsync(http, gateway, "{ dockingEvents { totalCount } }");

        Assert.Equal("event: next\ndata: {\"data\":{\"dockingEvents\":{\"totalCount\":0}}}\n\nevent: complete\ndata: \n\n", text);
    }

    [Fact]
    public async Task Stopping_the_host_completes_every_event_stream()
    {
        var gateway = new LiveGateway(StoreProvider.Sqlite);
        using var http = new HttpClient();
        var reading = ReadAllAsync(http, gateway, "subscription { dockingEventChanged { kind } }");
        await gateway.SubscribedAsync(1);

        var stopping = Task.Run(gateway.Dispose);

        Assert.Equal("event: complete\ndata: \n\n", await reading.WaitAsync(TimeSpan.FromSeconds(30)));
        await stopping;
    }

    private static async Task<string> ReadAllAsync(HttpClient http, LiveGateway gateway, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, gateway.GraphQL) { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());

        // Keep-alive comments may come between events.
        return string.Concat(text.Split("\n\n").Where(e => e.Length > 0 && !e.StartsWith(':')).Select(e => e + "\n\n"));
    }
}
