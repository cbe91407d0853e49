using System.Diagnostics.Metrics;

namespace DockingGraph.Telemetry;

/// <summary>
/// The gateway's own metrics (meter <c>DockingGraph</c>), beside ASP.NET Core's request duration,
/// EF Core's and the runtime's: GraphQL operations and errors by operation name and type, SQL
/// statements per request, GETs answered without executing, and the size of each DataLoader batch.
/// </summary>
public static class DockingMetrics
{
    public const string MeterName = "DockingGraph";

    private static readonly Meter Meter = new(MeterName, typeof(DockingMetrics).Assembly.GetName().Version?.ToString());

    private static readonly Counter<long> Operations = Meter.CreateCounter<long>(
        "dockinggraph.graphql.operations", "{operation}", "GraphQL operations executed, by operation name and type.");

    private static readonly Counter<long> Errors = Meter.CreateCounter<long>(
        "dockinggraph.graphql.errors", "{error}", "GraphQL errors answered, by operation name and error code.");

    private static readonly Histogram<long> SqlStatements = Meter.CreateHistogram<long>(
        "dockinggraph.graphql.sql_statements", "{statement}", "SQL statements one GraphQL request issued.");

    private static readonly Counter<long> CachedAnswers = Meter.CreateCounter<long>(
        "dockinggraph.graphql.cached_answers", "{answer}", "GraphQL GETs answered without executing, by operation name and how: not_modified (304) or response_cache.");

    private static readonly Histogram<long> BatchSizes = Meter.CreateHistogram<long>(
        "dockinggraph.dataloader.batch_size", "{key}", "Keys one DataLoader batch fetched in one statement.");

    /// <param name="name">The operation's name; anonymous operations count under <c>(anonymous)</c>.</param>
    public static void Operation(string? name, string type, IEnumerable<string> errorCodes, long sqlStatements)
    {
        var operation = new KeyValuePair<string, object?>("graphql.operation.name", name ?? "(anonymous)");
        Operations.Add(1, operation, new("graphql.operation.type", type));
        foreach (var code in errorCodes)
        {
            Errors.Add(1, operation, new("error.type", code));
        }

        SqlStatements.Record(sqlStatements, operation);
    }

    /// <summary>A GET answered without executing: counted by how, and as a request of no statement (statements per request stay per request).</summary>
    /// <param name="how"><c>not_modified</c> or <c>response_cache</c>.</param>
    public static void AnsweredWithoutExecuting(string? name, string how)
    {
        var operation = new KeyValuePair<string, object?>("graphql.operation.name", name ?? "(anonymous)");
        CachedAnswers.Add(1, operation, new("dockinggraph.cache.answer", how));
        SqlStatements.Record(0, operation);
    }

    public static void Batch(int keys) => BatchSizes.Record(keys);
}
