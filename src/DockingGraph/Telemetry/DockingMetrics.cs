using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DockingGraph.Telemetry;

/// <summary>
/// The gateway's own metrics (meter <c>DockingGraph</c>), beside ASP.NET Core's request duration,
/// EF Core's and the runtime's: GraphQL operations and errors by operation name and type, SQL
/// statements per request, GETs answered without executing, and the size of each DataLoader batch.
/// An operation is tagged with its name only as its admitted document defines it, bounded by
/// <see cref="OperationNameTags"/>; a request refused before that carries no name.
/// </summary>
public static class DockingMetrics
{
    public const string MeterName = "DockingGraph";

    private const string OperationName = "graphql.operation.name";

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

    private static readonly UpDownCounter<long> LiveSubscriptions = Meter.CreateUpDownCounter<long>(
        "dockinggraph.live.subscriptions", "{subscription}", "Clients subscribed on this instance, over WebSocket and Server-Sent Events.");

    private static readonly Counter<long> SlowClients = Meter.CreateCounter<long>(
        "dockinggraph.live.slow_clients", "{client}", "Live clients closed for falling Live:MaxQueuedBytes behind.");

    /// <summary>A client joined (1) or left (-1) a subscription.</summary>
    public static void Subscribed(int change) => LiveSubscriptions.Add(change);

    /// <summary>A live client was closed as too slow.</summary>
    public static void SlowClientClosed() => SlowClients.Add(1);

    /// <param name="name">The operation's tag (<see cref="OperationNameTags"/>), or null for a request refused before its document defined an operation: counted without a name.</param>
    public static void Operation(string? name, string type, IEnumerable<string> errorCodes, long sqlStatements)
    {
        var tags = new TagList { { "graphql.operation.type", type } };
        if (name is not null)
        {
            tags.Add(OperationName, name);
        }

        Operations.Add(1, tags);
        var named = name is null ? default : new TagList { { OperationName, name } };
        foreach (var code in errorCodes)
        {
            var error = named;
            error.Add("error.type", code);
            Errors.Add(1, error);
        }

        SqlStatements.Record(sqlStatements, named);
    }

    /// <summary>A GET answered without executing: counted by how, and as a request of no statement (statements per request stay per request).</summary>
    /// <param name="name">The operation's tag (<see cref="OperationNameTags"/>).</param>
    /// <param name="how"><c>not_modified</c> or <c>response_cache</c>.</param>
    public static void AnsweredWithoutExecuting(string name, string how)
    {
        var operation = new KeyValuePair<string, object?>(OperationName, name);
        CachedAnswers.Add(1, operation, new("dockinggraph.cache.answer", how));
        SqlStatements.Record(0, operation);
    }

    public static void Batch(int keys) => BatchSizes.Record(keys);
}
