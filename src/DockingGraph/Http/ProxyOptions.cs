namespace DockingGraph.Http;

/// <summary>
/// Configuration section <c>ForwardedHeaders</c>: the reverse proxies whose <c>X-Forwarded-For</c>,
/// <c>X-Forwarded-Proto</c> and <c>X-Forwarded-Host</c> are believed (the client's address for
/// logs and the rate limit; the scheme and host of the addresses the LL2 mirror writes). With
/// none, the headers are ignored from everyone.
/// </summary>
public sealed class ProxyOptions
{
    public string[] KnownProxies { get; set; } = [];
}
