namespace DockingGraph.Http.Live;

/// <summary>Configuration section <c>Live</c>: subscriptions and their transports.</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>How long a WebSocket may wait before its <c>connection_init</c> (graphql-ws's default: 3 s); past it the socket is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How often an idle connection is pinged (a WebSocket <c>ping</c> message, an SSE comment), so that proxies keep it and a dead peer is found.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>Operations one WebSocket may have running at once; one more is refused with an <c>error</c> message.</summary>
    public int MaxSubscriptionsPerConnection { get; set; } = 100;

    /// <summary>Subscriptions this instance serves at once, over every connection and transport.</summary>
    public int MaxSubscriptions { get; set; } = 10_000;

    /// <summary>
    /// What may wait to be sent to one connection, in bytes: a consumer that falls this far behind
    /// is closed (WebSocket: 4503; SSE: the stream ends), and the others never wait for it.
    /// </summary>
    public int MaxQueuedBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The largest WebSocket message a client may send; a larger one closes the socket with 1009.</summary>
    public int MaxMessageBytes { get; set; } = 64 * 1024;

    public static readonly IReadOnlyList<(Func<LiveOptions, bool> Holds, string Failure)> Checks =
    [
        (o => o.ConnectionInitTimeout > TimeSpan.Zero, "Live:ConnectionInitTimeout must be a positive duration, e.g. 00:00:03"),
        (o => o.KeepAliveInterval > TimeSpan.Zero, "Live:KeepAliveInterval must be a positive duration, e.g. 00:00:12"),
        (o => o.MaxSubscriptionsPerConnection >= 1, "Live:MaxSubscriptionsPerConnection must be 1 or more"),
        (o => o.MaxSubscriptions >= 1, "Live:MaxSubscriptions must be 1 or more"),
        (o => o.MaxQueuedBytes >= 64 * 1024, "Live:MaxQueuedBytes must be 65536 or more"),
        (o => o.MaxMessageBytes >= 1024, "Live:MaxMessageBytes must be 1024 or more"),
    ];
}
