namespace DockingGraph.Http;

/// <summary>
/// Configuration section <c>Kestrel:Limits</c>: what connections the gateway holds, and for how
/// long one may idle or trickle, so that slow clients cannot hold its memory. Kestrel's own
/// defaults set no cap on connections.
/// </summary>
public sealed class ConnectionLimitOptions
{
    /// <summary>Connections held at once; one past it is closed as it is accepted.</summary>
    public long MaxConcurrentConnections { get; set; } = 1000;

    /// <summary>Connections upgraded to WebSockets (live subscriptions); an upgraded connection leaves <see cref="MaxConcurrentConnections"/>' count for this one.</summary>
    public long MaxConcurrentUpgradedConnections { get; set; } = 5000;

    /// <summary>The time a client has to send a request's headers.</summary>
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The time an idle connection is kept open for its next request.</summary>
    public TimeSpan KeepAliveTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The slowest a body may come once <see cref="DataRate.GracePeriod"/> has passed.</summary>
    public DataRate MinRequestBodyDataRate { get; set; } = new();

    /// <summary>Whether Kestrel takes these values (it refuses some, and a grace period of 1 s or less).</summary>
    public bool AreValid =>
        MaxConcurrentConnections >= 1 && MaxConcurrentUpgradedConnections >= 0
        && RequestHeadersTimeout > TimeSpan.Zero && KeepAliveTimeout > TimeSpan.Zero
        && MinRequestBodyDataRate.BytesPerSecond > 0 && MinRequestBodyDataRate.GracePeriod > TimeSpan.FromSeconds(1);

    public sealed class DataRate
    {
        public double BytesPerSecond { get; set; } = 240;

        public TimeSpan GracePeriod { get; set; } = TimeSpan.FromSeconds(5);
    }
}
