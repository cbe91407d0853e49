using DockingGraph.Execution;
using DockingGraph.Execution.Limits;
using DockingGraph.Telemetry;
using GraphQL;
using GraphQL.Types;

namespace DockingGraph.Http;

/// <summary>
/// Runs an admitted request through GraphQL.NET's executer: keeps its document once it validated,
/// masks an unexpected error, counts the operation and its statements, and reports its cost when
/// the client asks.
/// </summary>
internal static class GraphQLExecution
{
    public static async Task<ExecutionResult> RunAsync(HttpContext http, AdmittedRequest admitted, CancellationToken cancellationToken)
    {
        var (request, document, validated, _, own, shape) = admitted;
        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter>();

        // What an unexpected error needs, taken now: a subscription's events run after this
        // request's services (and, for a shared subscription, the request itself) are gone.
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLEndpoint));
        var requestTrace = http.TraceIdentifier;
        var limits = http.RequestServices.GetRequiredService<GraphLimits>();
        var statements = SqlStatementCounter.Begin();
        var userContext = new Dictionary<string, object?> { [ValidatedDocuments.FromCache] = validated };
        if (own)
        {
            userContext[ValidationRules.OwnDocument] = true;
            userContext[Execution.Plans.AnswerShape.Key] = shape;
        }

        var result = await executer.ExecuteAsync(options =>
        {
            options.Schema = http.RequestServices.GetRequiredService<ISchema>();
            options.Query = request.Query;
            options.Document = document;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.RequestServices = http.RequestServices;
            options.CancellationToken = cancellationToken;
            options.UserContext = userContext;
            options.Timeout = limits.ExecutionTimeout;
            options.UnhandledExceptionDelegate = context =>
            {
                // The client gets a generic message and a trace id; the details go to the log.
                var traceId = UnexpectedError.TraceId(requestTrace);
                logger.LogUnexpected(context.OriginalException, traceId);
                var masked = UnexpectedError.Masked(traceId);
                context.Exception = masked;
                context.ErrorMessage = masked.Message;
                return Task.CompletedTask;
            };
        });

        if (!validated && document is not null && result.Executed)
        {
            http.RequestServices.GetRequiredService<ValidatedDocuments>().Keep(request.Query!, document);
        }

        if (result.Operation is { } ran)
        {
            OperationLogging.Record(http, ran.Name?.StringValue);
        }

        ExecutionTimeout.Describe(result, limits.ExecutionTimeout);
        // Named only as the document defines the operation: a request's own operationName is the client's to make up.
        DockingMetrics.Operation(
            result.Operation is { } operation ? http.RequestServices.GetRequiredService<OperationNameTags>().Of(operation.Name?.StringValue) : null,
            result.Operation?.Operation.ToString().ToLowerInvariant() ?? "invalid",
            result.Errors?.Select(e => e.Code ?? "UNKNOWN") ?? [],
            statements.Statements);

        if (http.Request.Headers[RequestCost.ReportHeader].ToString().Equals("report", StringComparison.OrdinalIgnoreCase) && RequestCost.Total(userContext) is { } cost)
        {
            // As HotChocolate reports it when asked.
            (result.Extensions ??= [])["operationCost"] = new Dictionary<string, object?> { ["fieldCost"] = cost };
        }

        return result;
    }
}
