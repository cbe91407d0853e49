namespace DockingGraph.Http.Caching;

/// <summary>Configuration section <c>Caching</c>, the HTTP part: what a validated GET answer says to caches, and the response cache.</summary>
public sealed class HttpCachingOptions
{
    public const string Section = "Caching";

    /// <summary>
    /// <c>Cache-Control</c> of a GET answer that carries an ETag. <c>no-cache</c>: browsers and
    /// shared caches may keep the answer but must ask again before each use. Asking again is cheap
    /// here (a matching <c>If-None-Match</c> is a 304 made from the request and the in-memory data
    /// version, nothing executed), and the data changes whenever an import or sync runs, which no
    /// <c>max-age</c> can foresee. A deployment that syncs hourly may trade freshness for fewer
    /// requests with, say, <c>public, max-age=60</c>.
    /// </summary>
    public string CacheControl { get; set; } = "no-cache";

    public ResponseCacheOptions ResponseCache { get; set; } = new();
}

/// <summary><c>Caching:ResponseCache</c>: answers kept in this instance's memory, by their ETag's key (off unless enabled).</summary>
public sealed class ResponseCacheOptions
{
    public bool Enabled { get; set; }

    /// <summary>Bytes of answers kept at most, all together.</summary>
    public long MaxBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>An answer larger than this is answered but not kept.</summary>
    public int MaxEntryBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// How long an answer is kept at most. A kept answer never goes stale (a new data version is a
    /// new key); this only lets the answers of versions gone by leave before the size bound pushes them out.
    /// </summary>
    public TimeSpan Expiration { get; set; } = TimeSpan.FromMinutes(10);
}
