namespace DockingGraph.Http;

/// <summary>What a client sees of a failure that is not its own, wherever it happens: a generic message and code, and a trace id to find the details in the log.</summary>
public static class UnexpectedError
{
    public const string Message = "Unexpected server error.";

    public const string Code = "INTERNAL_SERVER_ERROR";

    /// <summary>The id to find the failure by in the log: the trace's, else <paramref name="request"/> (the request's own identifier).</summary>
    public static string TraceId(string request) => System.Diagnostics.Activity.Current?.TraceId.ToString() ?? request;

    /// <summary>The error a client is given: a fresh one, whose code must not name what failed inside (a store's exception type).</summary>
    public static GraphQL.ExecutionError Masked(string traceId)
    {
        var masked = new GraphQL.ExecutionError(Message) { Code = Code };
        masked.Data["traceId"] = traceId;
        return masked;
    }
}
