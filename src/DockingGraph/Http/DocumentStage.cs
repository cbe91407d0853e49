using DockingGraph.Execution;
using DockingGraph.Execution.Limits;
using DockingGraph.Http.Persisted;
using DockingGraph.Telemetry;
using GraphQL;
using GraphQLParser.AST;

namespace DockingGraph.Http;

/// <summary>
/// What happens to a request's document before it executes: a persisted document's text looked up,
/// the document admitted (kept as validated, or through the gate), a mutation over GET refused.
/// A refusal is counted and answered here.
/// </summary>
internal static class DocumentStage
{
    /// <returns>The admitted request, or null when it was refused (and answered).</returns>
    /// <param name="overGet">GET carries queries only (GraphQL over HTTP): a mutation is a 405, found in the document the gate parsed.</param>
    public static async Task<AdmittedRequest?> AdmitAsync(HttpContext http, GraphQLRequestBody request, bool overGet)
    {
        if (await PersistedAsync(http, request) is not { } resolved)
        {
            return null;
        }

        var documents = http.RequestServices.GetRequiredService<ValidatedDocuments>();
        GraphQLDocument? document;
        bool validated;
        try
        {
            (document, validated) = documents.Admit(resolved.Query!, resolved.Variables);
        }
        catch (ExecutionError refused)
        {
            await RefuseAsync(http, refused);
            return null;
        }

        // Only a GET needs the operation here (to refuse a mutation, to cache a query): a POST does not look.
        var operation = overGet ? SelectedOperation(document, resolved.OperationName) : null;
        if (operation?.Operation == OperationType.Mutation)
        {
            http.Response.Headers.Allow = "POST";
            await GraphQLResponseWriter.WriteRequestErrorAsync(http, StatusCodes.Status405MethodNotAllowed, "A mutation cannot be sent with GET: use POST.");
            return null;
        }

        return new AdmittedRequest(resolved, document, validated, operation);
    }

    /// <summary>A request refused before execution: counted, and answered with its error.</summary>
    public static async Task RefuseAsync(HttpContext http, ExecutionError refused)
    {
        DockingMetrics.Operation(null, "refused", [refused.Code ?? "UNKNOWN"], 0);
        await GraphQLResponseWriter.WriteAsync(http, new ExecutionResult { Errors = [refused], Executed = false }, GraphQLMediaTypes.Preferred(http.Request), refusedStatus: true);
    }

    /// <summary>The request with its persisted document's text, or null when it was refused (and answered).</summary>
    private static async Task<GraphQLRequestBody?> PersistedAsync(HttpContext http, GraphQLRequestBody request)
    {
        try
        {
            return http.RequestServices.GetRequiredService<PersistedDocumentResolver>().Resolve(request);
        }
        catch (ExecutionError refused)
        {
            await RefuseAsync(http, refused);
            return null;
        }
    }

    /// <summary>The operation the request selects, or null when it selects none (a document that does not parse or has no such operation is the executer's to report).</summary>
    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument? document, string? operationName)
    {
        var operations = document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }
}
