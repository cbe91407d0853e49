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
        var (admitted, refused) = Admit(http.RequestServices, request, selectOperation: overGet);
        if (refused is not null)
        {
            await WriteRefusalAsync(http, refused);
            return null;
        }

        // Only a GET needs the operation here (to refuse a mutation, to cache a query): a POST does not look.
        if (admitted!.Operation?.Operation == OperationType.Mutation)
        {
            http.Response.Headers.Allow = "POST";
            await GraphQLResponseWriter.WriteRequestErrorAsync(http, StatusCodes.Status405MethodNotAllowed, "A mutation cannot be sent with GET: use POST.");
            return null;
        }

        return admitted;
    }

    /// <summary>
    /// The document stage without HTTP's answers, for every transport: the admitted request, or
    /// the error it was refused with (counted here).
    /// </summary>
    /// <param name="selectOperation">Whether to find the operation the request selects (<see cref="AdmittedRequest.Operation"/>).</param>
    public static (AdmittedRequest? Admitted, ExecutionError? Refused) Admit(IServiceProvider services, GraphQLRequestBody request, bool selectOperation)
    {
        try
        {
            var resolved = services.GetRequiredService<PersistedDocumentResolver>().Resolve(request);
            var (document, validated) = services.GetRequiredService<ValidatedDocuments>().Admit(resolved.Query!, resolved.Variables);
            return (new AdmittedRequest(resolved, document, validated, selectOperation ? SelectedOperation(document, resolved.OperationName) : null), null);
        }
        catch (ExecutionError refused)
        {
            Count(refused);
            return (null, refused);
        }
    }

    /// <summary>A request refused before execution: counted, and answered with its error.</summary>
    public static Task RefuseAsync(HttpContext http, ExecutionError refused)
    {
        Count(refused);
        return WriteRefusalAsync(http, refused);
    }

    private static void Count(ExecutionError refused) => DockingMetrics.Operation(null, "refused", [refused.Code ?? "UNKNOWN"], 0);

    private static Task WriteRefusalAsync(HttpContext http, ExecutionError refused) =>
        GraphQLResponseWriter.WriteAsync(http, new ExecutionResult { Errors = [refused], Executed = false }, GraphQLMediaTypes.Preferred(http.Request), refusedStatus: true);

    /// <summary>The operation the request selects, or null when it selects none (a document that does not parse or has no such operation is the executer's to report).</summary>
    private static GraphQLOperationDefinition? SelectedOperation(GraphQLDocument? document, string? operationName)
    {
        var operations = document?.Definitions.OfType<GraphQLOperationDefinition>().ToList() ?? [];
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }
}
