using DockingGraph.Execution.Limits;
using GraphQL;

namespace DockingGraph.Http.Caching;

/// <summary>
/// HTTP caching of the graph's GET queries (persisted ones included): an <c>ETag</c> made from the
/// request and this process's copy of the data version (<see cref="CurrentDataVersion"/>), a 304
/// for a matching <c>If-None-Match</c>, <c>Cache-Control</c> and <c>Vary</c>, and, when enabled,
/// the response cache. Nothing here reads the store: a request costs no statement for it.
/// </summary>
internal sealed class GraphQLCaching
{
    private readonly CurrentDataVersion version;
    private readonly HttpCachingOptions options;
    private readonly IGraphQLTextSerializer serializer;

    public GraphQLCaching(CurrentDataVersion version, HttpCachingOptions options, IGraphQLTextSerializer serializer, IServiceProvider services)
    {
        this.version = version;
        this.options = options;
        this.serializer = serializer;

        // Off, nothing of it is made: no HybridCache, no memory cache.
        Responses = options.ResponseCache.Enabled ? services.GetRequiredService<ResponseCache>() : null;
    }

    /// <summary>The response cache, or null when it is off.</summary>
    public ResponseCache? Responses { get; }

    /// <summary>Whether an answer gets a validator: a query that ran without any error (a partial answer is not one to keep).</summary>
    public static bool Validates(ExecutionResult result) =>
        result.Executed && result.Errors is not { Count: > 0 } && result.Data is not null;

    /// <summary>The GET's caching, or null while the data version is not known (then the answer carries no validator).</summary>
    /// <param name="request">A query, with its persisted document's text looked up.</param>
    public CacheableGet? For(HttpRequest http, GraphQLRequestBody request, string mediaType)
    {
        if (version.Value is not { } stamp)
        {
            return null;
        }

        var costReported = http.Headers[RequestCost.ReportHeader].ToString().Equals("report", StringComparison.OrdinalIgnoreCase);
        var variables = request.Variables is { Count: > 0 } given ? serializer.Serialize(given) : null;
        return new CacheableGet(ResponseTag.Of(stamp, mediaType, costReported, request.Query!, request.OperationName, variables), options.CacheControl);
    }
}
