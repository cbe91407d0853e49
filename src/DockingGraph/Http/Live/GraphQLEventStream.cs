using DockingGraph.Http;
using DockingGraph.Telemetry;

namespace DockingGraph.Http.Live;

/// <summary>
/// GraphQL over Server-Sent Events, the distinct connections mode of npm's <c>graphql-sse</c> (its
/// PROTOCOL.md): a request to <c>/graphql</c> (a POST, or a GET with the query in the address) that
/// accepts <c>text/event-stream</c> is answered with a stream of <c>next</c> events, then
/// <c>complete</c>. Errors found before execution come as a <c>next</c> event too, as the protocol
/// asks; a comment every <see cref="LiveOptions.KeepAliveInterval"/> keeps an idle stream open; a
/// client that falls <see cref="LiveOptions.MaxQueuedBytes"/> behind has its stream ended; when the
/// host stops, each stream is completed. The client ends a subscription by closing its request.
/// </summary>
internal static class GraphQLEventStream
{
    public const string MediaType = "text/event-stream";

    private static readonly byte[] NextHead = "event: next\ndata: "u8.ToArray();
    private static readonly byte[] EventEnd = "\n\n"u8.ToArray();
    private static readonly byte[] CompleteEvent = "event: complete\ndata: \n\n"u8.ToArray();
    private static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();
    private static readonly byte[] ErrorsHead = "event: next\ndata: {\"errors\":"u8.ToArray();
    private static readonly byte[] ErrorsEnd = "}\n\n"u8.ToArray();

    /// <summary>Whether the request asks for an event stream (its <c>Accept</c> names <c>text/event-stream</c>).</summary>
    public static bool IsAskedFor(HttpRequest request) =>
        request.Headers.Accept.Any(accept => accept?.Contains(MediaType, StringComparison.OrdinalIgnoreCase) == true);

    public static async Task RunAsync(HttpContext http, GraphQLRequestBody request)
    {
        var options = http.RequestServices.GetRequiredService<LiveOptions>();
        var response = http.Response;
        response.ContentType = $"{MediaType}; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await response.StartAsync(http.RequestAborted);

        var queue = new ClientQueue(options.MaxQueuedBytes);
        var receiver = new Receiver(queue);
        using var stopping = http.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(receiver.Complete);
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        var keepingAlive = KeepAliveAsync(queue, options.KeepAliveInterval, ended.Token);
        IDisposable? running = null;
        try
        {
            running = await LiveOperations.StartAsync(http, request, receiver, http.RequestAborted);
            while (await queue.ReadAsync(http.RequestAborted) is (true, var message))
            {
                message.CopyTo(response.BodyWriter);
                await response.BodyWriter.FlushAsync(http.RequestAborted);
            }

            if (queue.Overflowed)
            {
                DockingMetrics.SlowClientClosed();
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client closed the stream: that ends its subscription.
        }
        finally
        {
            running?.Dispose();
            await ended.CancelAsync();
            await keepingAlive;
        }
    }

    private static async Task KeepAliveAsync(ClientQueue queue, TimeSpan interval, CancellationToken ended)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(ended))
            {
                queue.TryAdd(new Outgoing(KeepAlive));
            }
        }
        catch (OperationCanceledException)
        {
            // The stream ended.
        }
    }

    private sealed class Receiver(ClientQueue queue) : ILiveReceiver
    {
        private int ended;

        public bool Next(ReadOnlyMemory<byte> result) => Volatile.Read(ref ended) == 0 && queue.TryAdd(new Outgoing(NextHead, result, EventEnd));

        public void Refused(ReadOnlyMemory<byte> errors)
        {
            if (Volatile.Read(ref ended) == 0)
            {
                queue.TryAdd(new Outgoing(ErrorsHead, errors, ErrorsEnd));
            }

            Complete();
        }

        public void Complete()
        {
            if (Interlocked.Exchange(ref ended, 1) == 0)
            {
                queue.TryAdd(new Outgoing(CompleteEvent));
                queue.Complete();
            }
        }
    }
}
