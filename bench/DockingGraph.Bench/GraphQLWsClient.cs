using System.Net.WebSockets;
using System.Text;

namespace DockingGraph.Bench;

/// <summary>
/// The client's side of <c>graphql-transport-ws</c> that the bench's WebSocket clients share (the
/// live benchmark's subscribers, the red-team's hostile clients): connecting with the subprotocol,
/// the handshake, and a text message.
/// </summary>
public static class GraphQLWsClient
{
    public const string Protocol = "graphql-transport-ws";

    /// <summary>The WebSocket address of the graph served at <paramref name="address"/>.</summary>
    public static Uri SocketUri(Uri address) => new($"ws://{address.Authority}/graphql");

    public static async Task<ClientWebSocket> ConnectAsync(Uri socketUri, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(Protocol);
        try
        {
            await socket.ConnectAsync(socketUri, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>A connection whose <c>connection_init</c> the server acknowledged.</summary>
    public static async Task<ClientWebSocket> InitialisedAsync(Uri socketUri, CancellationToken cancellationToken)
    {
        var socket = await ConnectAsync(socketUri, cancellationToken);
        await SendAsync(socket, """{"type":"connection_init"}""", cancellationToken);
        var buffer = new byte[4096];
        var received = await socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
        var text = Encoding.UTF8.GetString(buffer, 0, received.Count);
        if (received.MessageType == WebSocketMessageType.Close || !text.Contains("\"connection_ack\"", StringComparison.Ordinal))
        {
            socket.Dispose();
            throw new InvalidOperationException($"no connection_ack: {(received.MessageType == WebSocketMessageType.Close ? $"closed {(int?)socket.CloseStatus}" : text)}");
        }

        return socket;
    }

    public static Task SendAsync(ClientWebSocket socket, string text, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken);
}
