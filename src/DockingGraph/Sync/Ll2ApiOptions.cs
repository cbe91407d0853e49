namespace DockingGraph.Sync;

/// <summary>Configuration section <c>LL2</c>: how the gateway talks to the LL2 API.</summary>
public sealed class Ll2ApiOptions
{
    /// <summary>Sent as <c>Authorization: Token ...</c> when set; anonymous clients get about 15 requests an hour.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How many times a page is tried when LL2 fails (5xx, timeouts, dropped connections); waits for 429 do not count.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first wait after a failure; each next one doubles, up to a minute.</summary>
    public TimeSpan Backoff { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Whether a page's <c>next</c> may point at another scheme, host or port than the endpoint's.
    /// Off: the API key goes with every request, and an upstream must not point the gateway at other hosts.
    /// </summary>
    public bool FollowOtherHosts { get; set; }
}
