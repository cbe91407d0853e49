using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using DockingGraph.Http.Live;
using DockingGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.Live;

/// <summary>
/// The <c>graphql-transport-ws</c> protocol (graphql-ws's PROTOCOL.md) as a raw WebSocket sees it:
/// each rule of the handshake, the messages, and the close codes for a client that breaks them.
/// </summary>
public sealed class GraphQLWebSocketProtocolTests
{
    private const string Protocol = "graphql-transport-ws";

    [Fact]
    public async Task A_client_of_another_protocol_is_closed_with_4406()
    {
        using var gateway = new LiveGateway(StoreProvider.Sqlite);
        using var socket = await ConnectAsync(gateway, protocol: "graphql-ws");

        Assert.Equal((4406, "Subprotocol not acceptable"), await ClosedAsync(socket));
    }

    [Fact]
    public async Task A_client_that_never_initialises_is_closed_with_4408()
    {
        using var gateway = new LiveGateway(StoreProvider.Sqlite, ("Live:ConnectionInitTimeout", "00:00:00.300"));
        using var socket = await ConnectAsync(gateway);

        Assert.Equal((4408, "Connection initialisation timeout"), await ClosedAsync(socket));
    }

    [Fact]
    public async Task Subscribing_before_the_acknowledgement_is_closed_with_4401()
    {
        using var gateway = new LiveGateway(StoreProvider.Sqlite);
        using var socket = await ConnectAsync(gateway);

        await SendAsync(socket, """{"id":"1","type":"subscribe","payload":{"query":"{ __typename }"}}""");

        Assert.Equal((4401, "Unauthorized"), await ClosedAsync(socket));
    }

    [Fact]
    public async Task A_second_connection_init_is_closed_with_4429()
    {
        using var gateway = new LiveGateway(StoreProvider.Sqlite);
        using var socket = await InitialisedAsync(gateway);

        await SendAsync(socket, """{"type":"connection_init"}""");

        Assert.Equal((4429, "Too many initialisation requests"), await ClosedAsync(socket));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"type":"nope"}""")]
    [InlineData("""{"id":"1","type":"subscribe"}""")]
    [InlineData("""{"id":"","type":"subscribe","payload":{"query":"{ __typename }"}}""")]
    public async Task A_message_the_protocol_does_not_have_is_closed_with_4400(string message)
    {
        using var gateway = new LiveGateway(StoreProvider.Sqlite);
        using var socket = await InitialisedAsync(gateway);

        await SendAsync(socket, message);

        Assert.Equal(4400, (await ClosedAsync(socket)).Code);
    }

    [Fact]
    public async Task A_message_past_the_size_bound_is_closed_with_1009()
    {
        using var gateway = new LiveGateway(StoreProvider.Sqlite, ("Live:MaxMessageBytes", "1024"));
        using var socket = await InitialisedAsync(gateway);

        await SendAsync(socket, "{\"type\":\"ping\",\"payload\":{\"padding\":\"" + new string('x', 5000) + "\"}}");

        Assert.Equal((int)WebSocketCloseStatus.MessageTooBig, (await ClosedAsync(socket)).Code);
    }

    [Fact]
    public async Task An_id_already_running_is_closed_with_4409()
    {
        using var gateway = new LiveGateway(StoreProvider.Sqlite);
        using var socket = await InitialisedAsync(gateway);
        const string Subscribe = """{"id":"same","type":"subscribe","payload":{"query":"subscription { dockingEventChanged { kind } }"}}""";

        await SendAsync(socket, Subscribe);
        await gateway.SubscribedAsync(1);
        await SendAsync(socket, Subscribe);

        Assert.Equal((4409, "Subscriber for same already exists"), await ClosedAsync(socket));
    }

    [Fact]
    public async Task A_ping_is_answered_with_a_pong_and_an_idle_connection_is_pinged()
    {
        using var gateway = new LiveGateway(StoreProvider.Sqlite, ("Live:KeepAliveInterval", "00:00:00.300"));
        using var socket = await InitialisedAsync(gateway);

        await SendAsync(socket, """{"type":"ping"}""");

        Assert.Equal("pong", Type(await ReceiveAsync(socket)));
        Assert.Equal("ping", Type(await ReceiveAsync(socket)));
    }

    [Fact]
    public async Task A_query_over_the_socket_is_one_next_then_complete()
    {
        using var gateway = new LiveGateway(StoreProvider.Sqlite);
        await gateway.ImportAsync(Infrastructure.GeneratedDockingData.Page(2));
        using var socket = await InitialisedAsync(gateway);

        await SendAsync(socket, """{"id":"q","type":"subscribe","payload":{"query":"{ dockingEvents { totalCount } }"}}""");

        var next = JsonDocument.Parse(await ReceiveAsync(socket)).RootElement;
        Assert.Equal("next", next.GetProperty("type").GetString());
        Assert.Equal("q", next.GetProperty("id").GetString());
        Assert.Equal(2, next.GetProperty("payload").GetProperty("data").GetProperty("dockingEvents").GetProperty("totalCount").GetInt32());
        Assert.Equal("""{"id":"q","type":"complete"}""", await ReceiveAsync(socket));
    }

    [Fact]
    public async Task An_operation_past_the_connection_s_bound_is_refused_with_an_error_message()
    {
        using var gateway = new LiveGateway(StoreProvider.Sqlite, ("Live:MaxSubscriptionsPerConnection", "1"));
        using var socket = await InitialisedAsync(gateway);

        await SendAsync(socket, """{"id":"a","type":"subscribe","payload":{"query":"subscription { dockingEventChanged { kind } }"}}""");
        await gateway.SubscribedAsync(1);
        await SendAsync(socket, """{"id":"b","type":"subscribe","payload":{"query":"subscription { dockingEventChanged { kind } }"}}""");

        Assert.Equal(("b", "SUBSCRIPTION_LIMIT_EXCEEDED"), await ErrorAsync(socket));
    }

    [Theory]
    [InlineData("GraphQL:MaxAliases", "1", "subscription { a: dockingEventChanged { kind } b: dockingEventChanged { kind } }", "MAX_ALIASES_EXCEEDED")]
    [InlineData("GraphQL:MaxFilterDepth", "2", "subscription { dockingEventChanged(where: { dockingLocation: { spacestation: { id: { eq: 4 } } } }) { kind } }", "FILTER_MAX_DEPTH_EXCEEDED")]
    [InlineData("PersistedDocuments:Only", "true", "subscription { dockingEventChanged { kind } }", "HC0067")]
    [InlineData("RateLimit:PermitLimit", "1", "subscription { dockingEventChanged { kind } }", "RATE_LIMITED")]
    public async Task A_subscription_passes_the_bounds_of_a_query_and_is_refused_with_their_codes(string setting, string value, string query, string code)
    {
        using var gateway = new LiveGateway(StoreProvider.Sqlite, (setting, value), ("RateLimit:Window", "01:00:00"));
        using var socket = await InitialisedAsync(gateway);

        await SendAsync(socket, JsonSerializer.Serialize(new { id = "s", type = "subscribe", payload = new { query } }));

        Assert.Equal(("s", code), await ErrorAsync(socket));
    }

    [Fact]
    public async Task A_subscription_past_the_instance_s_bound_is_refused_on_any_connection()
    {
        using var gateway = new LiveGateway(StoreProvider.Sqlite, ("Live:MaxSubscriptions", "1"));
        using var first = await InitialisedAsync(gateway);
        using var second = await InitialisedAsync(gateway);

        await SendAsync(first, """{"id":"a","type":"subscribe","payload":{"query":"subscription { dockingEventChanged { kind } }"}}""");
        await gateway.SubscribedAsync(1);
        await SendAsync(second, """{"id":"b","type":"subscribe","payload":{"query":"subscription { dockingEventChanged { kind } }"}}""");

        Assert.Equal(("b", "SUBSCRIPTION_LIMIT_EXCEEDED"), await ErrorAsync(second));
    }

    [Fact]
    public async Task Completing_a_subscription_stops_it_and_the_connection_stays()
    {
        using var gateway = new LiveGateway(StoreProvider.Sqlite);
        using var socket = await InitialisedAsync(gateway);

        await SendAsync(socket, """{"id":"a","type":"subscribe","payload":{"query":"subscription { dockingEventChanged { kind } }"}}""");
        await gateway.SubscribedAsync(1);
        await SendAsync(socket, """{"id":"a","type":"complete"}""");
        await gateway.ImportAsync(Infrastructure.GeneratedDockingData.Page(1));
        await SendAsync(socket, """{"type":"ping"}""");

        // Nothing for the completed subscription came before the pong.
        Assert.Equal("pong", Type(await ReceiveAsync(socket)));
        Assert.Equal(0, gateway.Services.GetRequiredService<SubscriptionFeeds>().Clients);
    }

    [Fact]
    public async Task Stopping_the_host_completes_every_subscription_and_closes_with_1001()
    {
        var gateway = new LiveGateway(StoreProvider.Sqlite);
        using var socket = await InitialisedAsync(gateway);
        await SendAsync(socket, """{"id":"a","type":"subscribe","payload":{"query":"subscription { dockingEventChanged { kind } }"}}""");
        await gateway.SubscribedAsync(1);

        var stopping = Task.Run(gateway.Dispose);

        Assert.Equal("""{"id":"a","type":"complete"}""", await ReceiveAsync(socket));
        Assert.Equal((int)WebSocketCloseStatus.EndpointUnavailable, (await ClosedAsync(socket)).Code);
        await stopping;
    }

    [Fact]
    public async Task A_client_too_slow_for_its_queue_is_closed_with_1008_and_the_others_get_everything()
    {
        using var gateway = new LiveGateway(StoreProvider.Sqlite, ("Live:MaxQueuedBytes", "4194304"));
        // Eighty copies of the event a message (some 20 KB): a thousand of them (20 MB) outgrow the
        // sockets' buffers (4 MB at most here) and a queue of 4 MB, which a client that reads keeps
        // within even in a test run that starves it of threads.
        var copies = string.Concat(Enumerable.Range(1, 80).Select(i => $" e{i}: dockingEvent {{ id docking departure dockingLocation {{ id name spacestation {{ id name }} }} }}"));
        var subscription = $"subscription {{ dockingEventChanged {{ kind dataVersion dockingEvent {{ id }}{copies} }} }}";

        // A client that reads nothing, with the smallest receive buffer its socket takes.
        using var slowHandler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            },
        };
        using var slow = new ClientWebSocket();
        slow.Options.AddSubProtocol(Protocol);
        await slow.ConnectAsync(gateway.WebSocket, new HttpMessageInvoker(slowHandler), CancellationToken.None);
        await SendAsync(slow, """{"type":"connection_init"}""");
        Assert.Equal("""{"type":"connection_ack"}""", await ReceiveAsync(slow));
        await SendAsync(slow, JsonSerializer.Serialize(new { id = "slow", type = "subscribe", payload = new { query = subscription } }));
        using var other = await InitialisedAsync(gateway);
        await SendAsync(other, JsonSerializer.Serialize(new { id = "other", type = "subscribe", payload = new { query = subscription } }));
        await gateway.SubscribedAsync(2);

        await gateway.ImportAsync(Infrastructure.GeneratedDockingData.Page(1000));

        var ids = new List<int>();
        while (ids.Count < 1000)
        {
            var message = JsonDocument.Parse(await ReceiveAsync(other)).RootElement;
            if (message.GetProperty("type").GetString() == "next")
            {
                ids.Add(message.GetProperty("payload").GetProperty("data").GetProperty("dockingEventChanged").GetProperty("dockingEvent").GetProperty("id").GetInt32());
            }
        }

        Assert.Equal(Enumerable.Range(1, 1000), ids);
        var read = 0;
        var buffer = new byte[64 * 1024];
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            while (slow.State == WebSocketState.Open)
            {
                var part = await slow.ReceiveAsync(buffer.AsMemory(), limit.Token);
                read += part.EndOfMessage ? 1 : 0;
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"the slow client read {read} messages and was not closed");
        }

        Assert.True(read < 1000, $"the slow client read {read} messages");
        Assert.Equal((int)WebSocketCloseStatus.PolicyViolation, (int)slow.CloseStatus!);
    }

    private static async Task<ClientWebSocket> ConnectAsync(LiveGateway gateway, string protocol = Protocol)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(protocol);
        await socket.ConnectAsync(gateway.WebSocket, CancellationToken.None);
        return socket;
    }

    private static async Task<ClientWebSocket> InitialisedAsync(LiveGateway gateway)
    {
        var socket = await ConnectAsync(gateway);
        await SendAsync(socket, """{"type":"connection_init"}""");
        Assert.Equal("""{"type":"connection_ack"}""", await ReceiveAsync(socket));
        return socket;
    }

    private static Task SendAsync(ClientWebSocket socket, string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    /// <summary>The next text message (a close fails the test).</summary>
    private static async Task<string> ReceiveAsync(ClientWebSocket socket)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        var length = 0;
        WebSocketReceiveResult received;
        do
        {
            var part = await socket.ReceiveAsync(buffer.AsMemory(length), limit.Token);
            received = new WebSocketReceiveResult(part.Count, part.MessageType, part.EndOfMessage);
            length += received.Count;
        }
        while (!received.EndOfMessage);

        Assert.True(received.MessageType != WebSocketMessageType.Close, $"closed {socket.CloseStatus} {socket.CloseStatusDescription}");
        return Encoding.UTF8.GetString(buffer, 0, length);
    }

    /// <summary>Reads until the server closes; its code and reason.</summary>
    private static async Task<(int Code, string Reason)> ClosedAsync(ClientWebSocket socket)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        while (socket.State == WebSocketState.Open)
        {
            var received = await socket.ReceiveAsync(buffer.AsMemory(), limit.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                // Answered as a browser answers it, so the server's close completes at once.
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", limit.Token);
                break;
            }
        }

        return ((int)socket.CloseStatus!, socket.CloseStatusDescription ?? "");
    }

    /// <summary>The next message, which is an <c>error</c>: the id it answers and its first error's code.</summary>
    private static async Task<(string? Id, string? Code)> ErrorAsync(ClientWebSocket socket)
    {
        var error = JsonDocument.Parse(await ReceiveAsync(socket)).RootElement;
        Assert.Equal("error", error.GetProperty("type").GetString());
        return (error.GetProperty("id").GetString(), error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private static string? Type(string message) => JsonDocument.Parse(message).RootElement.GetProperty("type").GetString();
}
