namespace DockingGraph.Http;

/// <summary>
/// Configuration section <c>ForwardedHeaders</c>: the reverse proxies whose <c>X-Forwarded-For</c>
/// and <c>X-Forwarded-Proto</c> are believed (the client's address for logs and the rate limit).
/// With none, the headers are ignored from everyone.
/// </summary>
public sealed class ProxyOptions
{
    public string[] KnownProxies { get; set; } = [];
}
