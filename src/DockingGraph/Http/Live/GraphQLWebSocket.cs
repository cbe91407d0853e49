using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using CommunityToolkit.HighPerformance.Buffers;
using DockingGraph.Execution;
using DockingGraph.Http;
using DockingGraph.Telemetry;
using GraphQL;

namespace DockingGraph.Http.Live;

/// <summary>
/// GraphQL over WebSocket at <c>/graphql</c>: the <c>graphql-transport-ws</c> protocol of npm's
/// <c>graphql-ws</c> (its PROTOCOL.md), written against it. <c>connection_init</c> within
/// <see cref="LiveOptions.ConnectionInitTimeout"/> (else 4408), once (else 4429), before any
/// <c>subscribe</c> (else 4401); an id running twice is 4409; a message the protocol does not have
/// is 4400; a message past <see cref="LiveOptions.MaxMessageBytes"/> is 1009. Each <c>subscribe</c>
/// is a request to the rate limit and runs through <see cref="LiveOperations"/>; a connection has at
/// most <see cref="LiveOptions.MaxSubscriptionsPerConnection"/> at once (one more is answered with
/// an <c>error</c> message). The server pings every <see cref="LiveOptions.KeepAliveInterval"/>.
/// A client that falls <see cref="LiveOptions.MaxQueuedBytes"/> behind is closed with 1008; when
/// the host stops, every operation is completed and the socket closed with 1001.
/// </summary>
internal static class GraphQLWebSocket
{
    public const string SubProtocol = "graphql-transport-ws";

    /// <summary>How long a closing socket waits for the client to take the message being sent and the close.</summary>
    public static readonly TimeSpan CloseGrace = TimeSpan.FromSeconds(30);

    /// <summary>The close code of a client too slow to take what it subscribed to (WebSocket's policy violation).</summary>
    public const int TooSlowCode = 1008;

    public static async Task RunAsync(HttpContext http)
    {
        var options = http.RequestServices.GetRequiredService<LiveOptions>();
        var ours = http.WebSockets.WebSocketRequestedProtocols.Contains(SubProtocol);
        WebSocket socket;
        try
        {
            socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext { SubProtocol = ours ? SubProtocol : null, KeepAliveInterval = options.KeepAliveInterval });
        }
        catch (InvalidOperationException) when (!http.Response.HasStarted)
        {
            // Kestrel:Limits:MaxConcurrentUpgradedConnections is reached.
            http.Response.Headers.RetryAfter = "5";
            await GraphQLResponseWriter.WriteRequestErrorAsync(http, StatusCodes.Status503ServiceUnavailable, "This instance holds its most WebSocket connections; try again later.");
            return;
        }

        using var owned = socket;
        if (!ours)
        {
            // As graphql-ws's own server answers a client of another protocol.
            await socket.CloseOutputAsync((WebSocketCloseStatus)4406, "Subprotocol not acceptable", http.RequestAborted);
            return;
        }

        using var session = new Session(http, socket, options);
        await session.RunAsync();
    }

    private sealed class Session(HttpContext http, WebSocket socket, LiveOptions options) : IDisposable
    {
        private static readonly byte[] Ack = """{"type":"connection_ack"}"""u8.ToArray();
        private static readonly byte[] Ping = """{"type":"ping"}"""u8.ToArray();
        private static readonly byte[] Pong = """{"type":"pong"}"""u8.ToArray();

        private readonly ClientQueue queue = new(options.MaxQueuedBytes);
        private readonly ConcurrentDictionary<string, Operation> operations = new(StringComparer.Ordinal);
        private readonly CancellationTokenSource ending = new();
        private Task writing = Task.CompletedTask;
        private int closing;

        /// <summary>Whether <c>connection_init</c> came (and was acknowledged): read by the timeout and the reader.</summary>
        private volatile bool initialised;

        public async Task RunAsync()
        {
            var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            writing = WriteAsync();
            using var shutdown = stopping.Register(() => _ = CloseAsync(WebSocketCloseStatus.EndpointUnavailable, "The server is going away", drain: true, completeAll: true));
            _ = CloseUnlessInitialisedAsync();
            _ = PingAsync();
            try
            {
                await ReadAsync();
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
            {
                // The client went away without a close.
            }
            finally
            {
                foreach (var operation in operations.Values)
                {
                    operation.Dispose();
                }

                operations.Clear();
                await CloseAsync(WebSocketCloseStatus.NormalClosure, "", drain: false);
                await ending.CancelAsync();
            }
        }

        private HttpContext Http => http;

        public void Dispose() => ending.Dispose();

        /// <summary>
        /// Reads messages until the client closes (or the socket breaks). Each waits for its first
        /// frame with a zero-byte read and is then read into pooled memory, returned once it is
        /// handled: an idle connection holds no buffer.
        /// </summary>
        private async Task ReadAsync()
        {
            while (socket.State == WebSocketState.Open || socket.State == WebSocketState.CloseSent)
            {
                var received = await socket.ReceiveAsync(Memory<byte>.Empty, http.RequestAborted);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                using var message = new ArrayPoolBufferWriter<byte>(4096);
                while (!received.EndOfMessage)
                {
                    received = await socket.ReceiveAsync(message.GetMemory(4096), http.RequestAborted);
                    message.Advance(received.Count);
                    if (message.WrittenCount > options.MaxMessageBytes)
                    {
                        await CloseAsync(WebSocketCloseStatus.MessageTooBig, $"A message may hold at most {options.MaxMessageBytes} bytes", drain: false);
                        await DrainUntilClosedAsync(received);
                        return;
                    }

                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }
                }

                if (Volatile.Read(ref closing) == 1)
                {
                    continue;
                }

                if (received.MessageType != WebSocketMessageType.Text)
                {
                    await CloseAsync((WebSocketCloseStatus)4400, "Messages are JSON text", drain: false);
                    continue;
                }

                await HandleAsync(message.WrittenMemory);
            }
        }

        /// <summary>After a message too big: what is left of it, then nothing, until the client's close.</summary>
        private async Task DrainUntilClosedAsync(ValueWebSocketReceiveResult received)
        {
            var discard = new byte[4096];
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                while (received.MessageType != WebSocketMessageType.Close && socket.State is WebSocketState.CloseSent)
                {
                    received = await socket.ReceiveAsync(discard.AsMemory(), limit.Token);
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // Gone, or too slow to close.
            }
        }

        private async Task HandleAsync(ReadOnlyMemory<byte> message)
        {
            string? type;
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(message, GraphQLRequestBody.JsonOptions);
                type = json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("type", out var named) && named.ValueKind == JsonValueKind.String ? named.GetString() : null;
            }
            catch (JsonException)
            {
                await CloseAsync((WebSocketCloseStatus)4400, "A message must be a JSON object", drain: false);
                return;
            }

            using (json)
            {
                switch (type)
                {
                    case "connection_init":
                        if (initialised)
                        {
                            await CloseAsync((WebSocketCloseStatus)4429, "Too many initialisation requests", drain: false);
                            return;
                        }

                        initialised = true;
                        Send(new Outgoing(Ack));
                        return;
                    case "ping":
                        Send(new Outgoing(Pong));
                        return;
                    case "pong":
                        return;
                    case "subscribe":
                        await SubscribeAsync(json.RootElement);
                        return;
                    case "complete":
                        if (Id(json.RootElement) is { } done && operations.TryRemove(done, out var stopped))
                        {
                            stopped.Dispose();
                        }

                        return;
                    default:
                        await CloseAsync((WebSocketCloseStatus)4400, type is null ? "A message must have a type" : $"Unknown message type: {EchoedValue.Message(type)}", drain: false);
                        return;
                }
            }
        }

        private async Task SubscribeAsync(JsonElement message)
        {
            if (!initialised)
            {
                await CloseAsync((WebSocketCloseStatus)4401, "Unauthorized", drain: false);
                return;
            }

            if (Id(message) is not { } id || !message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
            {
                await CloseAsync((WebSocketCloseStatus)4400, "A subscribe message has an id and a payload", drain: false);
                return;
            }

            GraphQLRequestBody request;
            try
            {
                request = GraphQLRequestBody.FromJson(payload, http.RequestServices.GetRequiredService<IGraphQLTextSerializer>());
            }
            catch (GraphQLRequestException ex)
            {
                await CloseAsync((WebSocketCloseStatus)4400, ex.Message.Length > 120 ? ex.Message[..120] : ex.Message, drain: false);
                return;
            }

            var operation = new Operation(this, id);
            if (!operations.TryAdd(id, operation))
            {
                await CloseAsync((WebSocketCloseStatus)4409, $"Subscriber for {(id.Length > 64 ? id[..64] : id)} already exists", drain: false);
                return;
            }

            var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
            // A refused operation leaves the connection's operations as it ends.
            if (operations.Count > options.MaxSubscriptionsPerConnection)
            {
                operation.Refused(LiveOperations.Errors(serializer, new ExecutionError($"A connection may run at most {options.MaxSubscriptionsPerConnection} operations at once.") { Code = LiveOperations.SubscriptionLimitCode }));
                return;
            }

            if (!ClientRateLimiting.TryAdmit(http))
            {
                operation.Refused(LiveOperations.Errors(serializer, new ExecutionError("Too many requests: the client's rate limit is reached.") { Code = ClientRateLimiting.Code }));
                return;
            }

            // Run beside the reader: a subscription's first execution reads the store.
            _ = operation.StartAsync(request);
        }

        private static string? Id(JsonElement message) =>
            message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text ? text : null;

        /// <summary>Queues a message; a client too slow to take it is closed.</summary>
        private bool Send(Outgoing message)
        {
            if (queue.TryAdd(message))
            {
                return true;
            }

            if (queue.Overflowed)
            {
                DockingMetrics.SlowClientClosed();
                _ = CloseAsync((WebSocketCloseStatus)TooSlowCode, $"Too slow: more than {options.MaxQueuedBytes} bytes waited to be sent", drain: false);
            }

            return false;
        }

        private async Task WriteAsync()
        {
            var frame = new ArrayBufferWriter<byte>(4096);
            while (await queue.ReadAsync(ending.Token) is (true, var message))
            {
                frame.Clear();
                message.CopyTo(frame);
                await socket.SendAsync(frame.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
                if (frame.Capacity > 1024 * 1024)
                {
                    frame = new ArrayBufferWriter<byte>(4096);
                }
            }
        }

        /// <summary>
        /// Closes the socket with <paramref name="status"/>, once: after what is queued (<paramref name="drain"/>)
        /// or at once (what is queued is dropped; a message being sent is finished first, so that a
        /// slow client that reads on still gets the close). A client that takes neither within
        /// <see cref="CloseGrace"/> is cut off.
        /// </summary>
        private async Task CloseAsync(WebSocketCloseStatus status, string reason, bool drain, bool completeAll = false)
        {
            if (Interlocked.Exchange(ref closing, 1) == 1)
            {
                return;
            }

            if (completeAll)
            {
                foreach (var operation in operations.Values)
                {
                    operation.Complete();
                    operation.Dispose();
                }
            }

            if (drain)
            {
                queue.Complete();
            }
            else
            {
                await ending.CancelAsync();
            }

            try
            {
                await writing.WaitAsync(CloseGrace);
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    using var limit = new CancellationTokenSource(CloseGrace);
                    await socket.CloseOutputAsync(status, reason, limit.Token);
                }
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException or ObjectDisposedException or IOException)
            {
                socket.Abort();
            }
        }

        private async Task CloseUnlessInitialisedAsync()
        {
            await Task.Delay(options.ConnectionInitTimeout);
            if (!initialised)
            {
                await CloseAsync((WebSocketCloseStatus)4408, "Connection initialisation timeout", drain: false);
            }
        }

        private async Task PingAsync()
        {
            using var timer = new PeriodicTimer(options.KeepAliveInterval);
            var ended = ending.Token;
            try
            {
                while (await timer.WaitForNextTickAsync(ended))
                {
                    Send(new Outgoing(Ping));
                }
            }
            catch (OperationCanceledException)
            {
                // Closed.
            }
        }

        /// <summary><c>{"id":"…","type":"next","payload":</c>: the head of a message about an operation.</summary>
        private static byte[] Frame(string id, string type, bool withPayload) =>
            Encoding.UTF8.GetBytes($"{{\"id\":{JsonSerializer.Serialize(id)},\"type\":\"{type}\"{(withPayload ? ",\"payload\":" : "")}");

        /// <summary>One operation of the connection, as its receiver.</summary>
        private sealed class Operation(Session session, string id) : ILiveReceiver, IDisposable
        {
            private static readonly byte[] Brace = "}"u8.ToArray();
            private readonly byte[] next = Frame(id, "next", withPayload: true);
            private readonly Lock gate = new();
            private IDisposable? running;
            private int ended;

            public async Task StartAsync(GraphQLRequestBody request)
            {
                try
                {
                    var started = await LiveOperations.StartAsync(session.Http, request, this, session.Http.RequestAborted);
                    if (started is null)
                    {
                        return;
                    }

                    lock (gate)
                    {
                        if (Volatile.Read(ref ended) == 0)
                        {
                            running = started;
                            return;
                        }
                    }

                    started.Dispose();
                }
                catch (OperationCanceledException) when (session.Http.RequestAborted.IsCancellationRequested)
                {
                    // The client went away.
                }
            }

            public bool Next(ReadOnlyMemory<byte> result) => Volatile.Read(ref ended) == 0 && session.Send(new Outgoing(next, result, Brace));

            public void Refused(ReadOnlyMemory<byte> errors)
            {
                if (End())
                {
                    session.Send(new Outgoing(Frame(id, "error", withPayload: true), errors, Brace));
                }
            }

            public void Complete()
            {
                if (End())
                {
                    session.Send(new Outgoing(Frame(id, "complete", withPayload: false), Tail: Brace));
                }
            }

            /// <summary>The client completed it, or the connection ended: nothing more is sent for it.</summary>
            public void Dispose()
            {
                IDisposable? stopping;
                lock (gate)
                {
                    Interlocked.Exchange(ref ended, 1);
                    stopping = running;
                    running = null;
                }

                stopping?.Dispose();
            }

            private bool End()
            {
                if (Interlocked.Exchange(ref ended, 1) == 1)
                {
                    return false;
                }

                session.operations.TryRemove(id, out _);
                return true;
            }
        }
    }
}
