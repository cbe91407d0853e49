namespace DockingGraph.Http.Caching;

/// <summary>Configuration section <c>Caching</c>, the HTTP part: what a validated GET answer says to caches.</summary>
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

}
