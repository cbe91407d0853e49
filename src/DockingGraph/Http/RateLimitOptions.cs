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

    /// <summary>A header naming the client's API key (e.g. <c>X-Api-Key</c>): a request with a known key is counted per key instead of per address.</summary>
    public string? ApiKeyHeader { get; set; }

    /// <summary>
    /// The known API keys, each as the SHA-256 of its UTF-8 bytes in hex (no key sits in the
    /// configuration). A key that is none of these counts as its address does: a client cannot
    /// make itself new permits by sending new keys.
    /// </summary>
    public string[] ApiKeySha256 { get; set; } = [];

    /// <summary>Answer a request whose API key is not known with a 401 instead of counting it by its address.</summary>
    public bool RefuseUnknownApiKeys { get; set; }

    public bool Enabled => PermitLimit > 0;
}
