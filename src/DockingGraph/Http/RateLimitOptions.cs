namespace DockingGraph.Http;

/// <summary>
/// Configuration section <c>RateLimit</c>: requests per client in a fixed window, per instance
/// (each gateway counts its own). Off unless <see cref="PermitLimit"/> is set.
/// </summary>
public sealed class RateLimitOptions
{
    /// <summary>Requests a client may make in one window; 0 turns the limit off.</summary>
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A header naming the client's API key (e.g. <c>X-Api-Key</c>): a request with one is counted per key instead of per address.</summary>
    public string? ApiKeyHeader { get; set; }

    public bool Enabled => PermitLimit > 0;
}
