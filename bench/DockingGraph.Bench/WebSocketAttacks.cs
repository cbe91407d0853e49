using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace DockingGraph.Bench;

/// <summary>
/// Hostile <c>graphql-transport-ws</c> clients at <c>/graphql</c>, for the red-team run (class 17) and
/// for the tests that hold a gateway process to the same answers: connections that never finish the
/// handshake, garbage, deep JSON, messages past the size bound (in fragments, or as one frame whose
/// header claims a gigabyte, written on a raw socket since <see cref="ClientWebSocket"/> cannot), hostile
/// documents and a flood of subscribes. Each connection's end is recorded as an answer: <c>closed
/// 4400</c> (the code of the server's close frame), or an <c>error</c> message with its first code.
/// A text message that is not UTF-8 is .NET's WebSocket's to refuse: it sends <c>1007</c> and drops
/// the connection at once, so the client may see the drop (<c>connection lost</c>) before the code.
/// </summary>
public static class WebSocketAttacks
{
    private static readonly TimeSpan CloseWithin = TimeSpan.FromSeconds(30);

    /// <summary><paramref name="connections"/> that upgrade and never send <c>connection_init</c>, all open at once.</summary>
    public static async Task NeverInitialisedAsync(AttackRun run, int connections)
    {
        var opened = Stopwatch.StartNew();
        using var gate = new SemaphoreSlim(100);
        var sockets = await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            await gate.WaitAsync(run.Budget);
            try
            {
                return await ConnectAsync(run);
            }
            finally
            {
                gate.Release();
            }
        }));
        run.Note($"{connections:N0} opened in {opened.Elapsed.TotalSeconds:0.0} s");
        await Task.WhenAll(sockets.Select(socket => RecordCloseAsync(run, socket, Stopwatch.StartNew())));
    }

    /// <summary><paramref name="connections"/>, each sending a text message of 4 KB of random printable characters (text, not JSON) after the handshake.</summary>
    public static Task GarbageAsync(AttackRun run, int connections) => EachAsync(run, connections, (socket, n) =>
    {
        var random = new Random(n);
        var garbage = new byte[4096];
        for (var i = 0; i < garbage.Length; i++)
        {
            garbage[i] = (byte)random.Next(0x20, 0x7F);
        }

        return socket.SendAsync(garbage, WebSocketMessageType.Text, true, run.Budget);
    });

    /// <summary><paramref name="connections"/>, each sending a text message of 4 KB of random bytes (not UTF-8) after the handshake.</summary>
    public static Task InvalidTextAsync(AttackRun run, int connections) => EachAsync(run, connections, (socket, n) =>
    {
        var garbage = new byte[4096];
        new Random(n).NextBytes(garbage);
        return socket.SendAsync(garbage, WebSocketMessageType.Text, true, run.Budget);
    });

    /// <summary><paramref name="connections"/>, each sending a message of JSON arrays nested <paramref name="depth"/> deep.</summary>
    public static Task DeepJsonAsync(AttackRun run, int connections, int depth) => EachAsync(run, connections, (socket, _) =>
        socket.SendAsync(Encoding.ASCII.GetBytes(new string('[', depth) + new string(']', depth)), WebSocketMessageType.Text, true, run.Budget));

    /// <summary><paramref name="connections"/>, each sending one message of <paramref name="bytes"/> in 16 KB frames, stopping when the server closes.</summary>
    public static Task FragmentedAsync(AttackRun run, int connections, int bytes) => EachAsync(run, connections, async (socket, _) =>
    {
        var fragment = Encoding.ASCII.GetBytes(new string(' ', 16 * 1024));
        try
        {
            for (var sent = 0; sent < bytes && socket.State == WebSocketState.Open; sent += fragment.Length)
            {
                await socket.SendAsync(fragment, WebSocketMessageType.Text, sent + fragment.Length >= bytes, run.Budget);
            }
        }
        catch (WebSocketException)
        {
            // Closed by the server mid-message: its close frame is what counts.
        }
    });

    /// <summary>
    /// <paramref name="connections"/> raw sockets, each upgrading, initialising, then writing one frame
    /// whose header claims <paramref name="claimed"/> bytes and streaming at most <paramref name="sent"/>
    /// of them until the server closes.
    /// </summary>
    public static async Task OversizedFrameAsync(AttackRun run, int connections, long claimed, int sent)
    {
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            var clock = Stopwatch.StartNew();
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await socket.ConnectAsync(run.Address.Host, run.Address.Port, run.Budget);
                await using var stream = new NetworkStream(socket, ownsSocket: false);
                await UpgradeAsync(stream, run.Address);
                await stream.WriteAsync(Frame(0x1, """{"type":"connection_init"}"""u8.ToArray(), claimed: null), run.Budget);
                await stream.WriteAsync(Frame(0x1, [], claimed), run.Budget);

                // Read while writing: the server closes mid-frame, and stops reading what follows.
                var closing = CloseCodeAsync(stream);
                var chunk = new byte[16 * 1024];
                try
                {
                    for (var written = 0; written < sent && !closing.IsCompleted; written += chunk.Length)
                    {
                        await stream.WriteAsync(chunk, run.Budget);
                    }
                }
                catch (IOException)
                {
                    // Closed by the server mid-frame: its close frame is what counts.
                }

                run.Record(new AttackAnswer(await closing, "", clock.Elapsed.TotalSeconds, 0, ""));
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException)
            {
                run.Record(new AttackAnswer("connection lost", "", clock.Elapsed.TotalSeconds, 0, ex.Message));
            }
        }));
    }

    /// <summary>One connection subscribing each of <paramref name="documents"/> in turn, each answer (an error's first code, or data) recorded.</summary>
    public static async Task DocumentsAsync(AttackRun run, IReadOnlyList<string> documents)
    {
        using var socket = await InitialisedAsync(run);
        for (var i = 0; i < documents.Count; i++)
        {
            var clock = Stopwatch.StartNew();
            await GraphQLWsClient.SendAsync(socket, JsonSerializer.Serialize(new { id = $"{i}", type = "subscribe", payload = new { query = documents[i] } }), run.Budget);
            run.Record(await AnswerAsync(socket, clock, run.Budget));
        }

        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", run.Budget);
    }

    /// <summary>One connection sending <paramref name="count"/> subscribes to the live feed without waiting; each refusal is recorded, and the subscriptions the server took.</summary>
    public static async Task SubscribeFloodAsync(AttackRun run, int count)
    {
        using var socket = await InitialisedAsync(run);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            await GraphQLWsClient.SendAsync(socket, $$$"""{"id":"{{{i}}}","type":"subscribe","payload":{"query":"subscription { dockingEventChanged { kind } }"}}""", run.Budget);
        }

        // The refusals come back in order; the last subscribe is answered once every earlier one was.
        await GraphQLWsClient.SendAsync(socket, """{"type":"ping"}""", run.Budget);
        var refused = 0;
        while (true)
        {
            var answer = await AnswerAsync(socket, clock, run.Budget);
            if (answer.Status == "pong")
            {
                break;
            }

            refused++;
            run.Record(answer);
        }

        run.Note($"{count - refused:N0} of {count:N0} subscriptions taken");
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", run.Budget);
    }

    /// <summary>Runs <paramref name="send"/> on <paramref name="connections"/> initialised connections at once (100 at a time), recording how each is closed.</summary>
    private static async Task EachAsync(AttackRun run, int connections, Func<ClientWebSocket, int, Task> send)
    {
        using var gate = new SemaphoreSlim(100);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async n =>
        {
            await gate.WaitAsync(run.Budget);
            try
            {
                using var socket = await InitialisedAsync(run);
                var clock = Stopwatch.StartNew();
                await send(socket, n);
                await RecordCloseAsync(run, socket, clock);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private static Task<ClientWebSocket> ConnectAsync(AttackRun run) => GraphQLWsClient.ConnectAsync(GraphQLWsClient.SocketUri(run.Address), run.Budget);

    private static Task<ClientWebSocket> InitialisedAsync(AttackRun run) => GraphQLWsClient.InitialisedAsync(GraphQLWsClient.SocketUri(run.Address), run.Budget);

    /// <summary>Waits for the server to close <paramref name="socket"/> and records its code, reading past any messages before it.</summary>
    private static async Task RecordCloseAsync(AttackRun run, ClientWebSocket socket, Stopwatch clock)
    {
        using var within = CancellationTokenSource.CreateLinkedTokenSource(run.Budget);
        within.CancelAfter(CloseWithin);
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var received = await socket.ReceiveAsync(buffer, within.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    run.Record(new AttackAnswer($"closed {(int?)socket.CloseStatus}", "", clock.Elapsed.TotalSeconds, 0, socket.CloseStatusDescription ?? ""));
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            run.Record(new AttackAnswer("timeout", "", clock.Elapsed.TotalSeconds, 0, ""));
        }
        catch (WebSocketException ex)
        {
            run.Record(new AttackAnswer("connection lost", "", clock.Elapsed.TotalSeconds, 0, ex.Message));
        }
        finally
        {
            socket.Dispose();
        }
    }

    /// <summary>
    /// The next message that is not a keep-alive <c>ping</c>, as an answer: its type (<c>connection_ack</c>,
    /// <c>pong</c>), <c>error</c> or <c>next</c> with the first error's code (<c>data</c> without
    /// errors), or the close code.
    /// </summary>
    private static async Task<AttackAnswer> AnswerAsync(ClientWebSocket socket, Stopwatch clock, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        while (true)
        {
            var length = 0;
            ValueWebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                length += received.Count;
            }
            while (!received.EndOfMessage && length < buffer.Length);

            if (received.MessageType == WebSocketMessageType.Close)
            {
                return new AttackAnswer($"closed {(int?)socket.CloseStatus}", "", clock.Elapsed.TotalSeconds, 0, socket.CloseStatusDescription ?? "");
            }

            var text = Encoding.UTF8.GetString(buffer, 0, length);
            using var message = JsonDocument.Parse(text);
            var type = message.RootElement.GetProperty("type").GetString() ?? "";
            if (type == "ping")
            {
                continue;
            }

            var code = type switch
            {
                "error" => FirstCode(message.RootElement.GetProperty("payload")),
                "next" => message.RootElement.GetProperty("payload").TryGetProperty("errors", out var errors) ? FirstCode(errors) : "data",
                _ => "",
            };
            return new AttackAnswer(type, code, clock.Elapsed.TotalSeconds, length, text);
        }
    }

    private static string FirstCode(JsonElement errors) =>
        errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0 && errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString() ?? ""
            : "";

    /// <summary>The HTTP/1.1 upgrade to a WebSocket of <c>graphql-transport-ws</c>, read up to the end of the 101's headers.</summary>
    private static async Task UpgradeAsync(NetworkStream stream, Uri address)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET /graphql HTTP/1.1\r\nHost: {address.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: {GraphQLWsClient.Protocol}\r\n\r\n"));
        var head = new StringBuilder();
        var one = new byte[1];
        while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
        {
            if (await stream.ReadAsync(one) == 0)
            {
                throw new IOException($"the upgrade was not answered: {head}");
            }

            head.Append((char)one[0]);
        }

        if (!head.ToString().StartsWith("HTTP/1.1 101", StringComparison.Ordinal))
        {
            throw new IOException($"the upgrade was refused: {head}");
        }
    }

    /// <summary>
    /// A client's frame (masked, as RFC 6455 requires of clients) of <paramref name="opcode"/> carrying
    /// <paramref name="payload"/>; or, with <paramref name="claimed"/>, only the header of a frame that
    /// length (the payload to follow).
    /// </summary>
    private static byte[] Frame(byte opcode, byte[] payload, long? claimed)
    {
        var length = claimed ?? payload.Length;
        var header = new List<byte> { (byte)(0x80 | opcode) };
        if (length < 126)
        {
            header.Add((byte)(0x80 | length));
        }
        else
        {
            header.Add(0x80 | 127);
            var extended = new byte[8];
            BinaryPrimitives.WriteInt64BigEndian(extended, length);
            header.AddRange(extended);
        }

        // A zero mask leaves the payload as it is.
        header.AddRange(new byte[4]);
        return [.. header, .. payload];
    }

    /// <summary>Reads the server's frames up to its close frame; the answer is <c>closed</c> and its code.</summary>
    private static async Task<string> CloseCodeAsync(NetworkStream stream)
    {
        using var within = new CancellationTokenSource(CloseWithin);
        var header = new byte[2];
        await Task.Yield();
        while (true)
        {
            await stream.ReadExactlyAsync(header, within.Token);
            long length = header[1] & 0x7F;
            if (length >= 126)
            {
                var extended = new byte[length == 126 ? 2 : 8];
                await stream.ReadExactlyAsync(extended, within.Token);
                length = extended.Length == 2 ? BinaryPrimitives.ReadUInt16BigEndian(extended) : BinaryPrimitives.ReadInt64BigEndian(extended);
            }

            var payload = new byte[length];
            await stream.ReadExactlyAsync(payload, within.Token);
            if ((header[0] & 0x0F) == 0x8)
            {
                return payload.Length >= 2 ? string.Create(CultureInfo.InvariantCulture, $"closed {BinaryPrimitives.ReadUInt16BigEndian(payload)}") : "closed";
            }
        }
    }
}
