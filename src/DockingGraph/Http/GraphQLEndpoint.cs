using System.Text.Json;
using DockingGraph.Execution;
using DockingGraph.Execution.Limits;
using DockingGraph.Http.Caching;
using DockingGraph.Http.Ide;
using DockingGraph.Http.Persisted;
using DockingGraph.Telemetry;
using GraphQL;
using GraphQL.Types;
using Microsoft.Net.Http.Headers;

namespace DockingGraph.Http;

/// <summary>
/// GraphQL over HTTP (GraphQL.NET's server package is not available here, so this is the one
/// transport): POST with a JSON body, GET with query parameters for queries. A request that is
/// not a GraphQL request, or a document that does not parse or validate, is answered with a
/// GraphQL error response, never a 500: 200 for <c>application/json</c>, 400 for
/// <c>application/graphql-response+json</c>, as the GraphQL-over-HTTP spec says.
/// </summary>
internal static class GraphQLEndpoint
{
    private const string GraphQLResponseJson = "application/graphql-response+json";
    private const string Json = "application/json";

    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder routes, string pattern)
    {
        var group = routes.MapGroup(pattern);
        group.MapPost("", (Delegate)HandlePostAsync);
        group.MapGet("", (Delegate)HandleGetAsync);
        group.MapGet("{**asset}", (HttpContext http, string asset) => http.RequestServices.GetRequiredService<BananaCakePop>().ServeAssetAsync(http, asset));
        return group;
    }

    private static async Task HandlePostAsync(HttpContext http)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        if (!IsJson(http.Request.ContentType))
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, $"The request body must be `{Json}`, not `{http.Request.ContentType ?? "nothing"}`.");
            return;
        }

        var limit = http.RequestServices.GetRequiredService<GraphLimits>().MaxRequestBytes;
        ReadOnlyMemory<byte>? body;
        try
        {
            body = await RequestBody.ReadAsync(http.Request, limit, http.RequestAborted);
        }
        catch (BadHttpRequestException ex)
        {
            // The body ended before its length, or came slower than Kestrel:Limits:MinRequestBodyDataRate:
            // the client's doing, answered (if it is still there) as such, not logged as the gateway's error.
            await WriteRequestErrorAsync(http, ex.StatusCode, "The request body did not arrive whole.");
            return;
        }

        if (body is not { } bytes)
        {
            var refused = new ExecutionError($"The request body is larger than the {limit} bytes allowed.") { Code = RequestBody.TooLargeCode };
            refused.Data["maxAllowed"] = limit;
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await WriteAsync(http, new ExecutionResult { Errors = [refused], Executed = false }, PreferredMediaType(http.Request));
            return;
        }

        GraphQLRequestBody request;
        try
        {
            using var json = JsonDocument.Parse(bytes, GraphQLRequestBody.JsonOptions);
            request = GraphQLRequestBody.FromJson(json.RootElement, serializer);
        }
        catch (JsonException ex)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest, $"The request body is not JSON: {EchoedValue.Message(ex.Message)}");
            return;
        }
        catch (GraphQLRequestException ex)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest, ex.Message);
            return;
        }

        if (await PersistedAsync(http, request) is { } resolved)
        {
            await ExecuteAsync(http, resolved, overGet: false);
        }
    }

    private static async Task HandleGetAsync(HttpContext http)
    {
        var ide = http.RequestServices.GetRequiredService<BananaCakePop>();
        if (ide.IsPageRequest(http.Request))
        {
            await ide.ServePageAsync(http);
            return;
        }

        if (http.Request.Query.ContainsKey("sdl"))
        {
            // The schema is what introspection tells: refused where an introspection query would be.
            if (http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<PersistedDocumentOptions>>().Value.Only)
            {
                await RefuseAsync(http, new ExecutionError("Only persisted operations are allowed.") { Code = PersistedDocumentResolver.OnlyPersistedCode });
                return;
            }

            if (!http.RequestServices.GetRequiredService<GraphLimits>().Introspection)
            {
                await RefuseAsync(http, new ExecutionError("Introspection is not allowed for the current request.") { Code = IntrospectionRule.NotAllowedCode });
                return;
            }

            // As HotChocolate serves it: the schema as SDL, for tools and for people.
            http.Response.ContentType = "application/graphql; charset=utf-8";
            await http.Response.WriteAsync(http.RequestServices.GetRequiredService<ISchema>().Print(), http.RequestAborted);
            return;
        }

        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        GraphQLRequestBody request;
        try
        {
            request = GraphQLRequestBody.FromQueryString(http.Request.Query, serializer);
        }
        catch (GraphQLRequestException ex)
        {
            await WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest, ex.Message);
            return;
        }

        if (await PersistedAsync(http, request) is { } resolved)
        {
            await ExecuteAsync(http, resolved, overGet: true);
        }
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

    /// <summary>A request refused before execution: counted, and answered with its error.</summary>
    private static async Task RefuseAsync(HttpContext http, ExecutionError refused)
    {
        DockingMetrics.Operation(null, "refused", [refused.Code ?? "UNKNOWN"], 0);
        await WriteAsync(http, new ExecutionResult { Errors = [refused], Executed = false }, PreferredMediaType(http.Request), refusedStatus: true);
    }

    /// <summary>The operation the request selects, or null when it selects none (a document that does not parse or has no such operation is the executer's to report).</summary>
    private static GraphQLParser.AST.GraphQLOperationDefinition? SelectedOperation(GraphQLParser.AST.GraphQLDocument? document, string? operationName)
    {
        var operations = document?.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().ToList() ?? [];
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    /// <param name="overGet">GET carries queries only (GraphQL over HTTP): a mutation is a 405, found in the document the gate parsed; a query is cached over HTTP.</param>
    private static async Task ExecuteAsync(HttpContext http, GraphQLRequestBody request, bool overGet)
    {
        var documents = http.RequestServices.GetRequiredService<ValidatedDocuments>();
        GraphQLParser.AST.GraphQLDocument? document;
        bool validated;
        try
        {
            (document, validated) = documents.Admit(request.Query!, request.Variables);
        }
        catch (ExecutionError refused)
        {
            await RefuseAsync(http, refused);
            return;
        }

        // Only a GET needs the operation here (to refuse a mutation, to cache a query): a POST does not look.
        var operation = overGet ? SelectedOperation(document, request.OperationName) : null;
        if (operation?.Operation == GraphQLParser.AST.OperationType.Mutation)
        {
            http.Response.Headers.Allow = "POST";
            await WriteRequestErrorAsync(http, StatusCodes.Status405MethodNotAllowed, "A mutation cannot be sent with GET: use POST.");
            return;
        }

        var mediaType = PreferredMediaType(http.Request);
        var caching = operation?.Operation == GraphQLParser.AST.OperationType.Query ? http.RequestServices.GetRequiredService<GraphQLCaching>() : null;
        var cacheable = caching?.For(http.Request, request, mediaType);
        if (cacheable is not null && cacheable.AnsweredNotModified(http))
        {
            DockingMetrics.AnsweredWithoutExecuting(http.RequestServices.GetRequiredService<OperationNameTags>().Of(operation!.Name?.StringValue), "not_modified");
            return;
        }

        if (cacheable is not null && caching!.Responses is { } responses)
        {
            var executed = false;
            await AnswerKeptAsync(http, responses, cacheable, mediaType, cancellationToken =>
            {
                executed = true;
                return RunAsync(http, request, document, validated, cancellationToken);
            });
            if (!executed)
            {
                DockingMetrics.AnsweredWithoutExecuting(http.RequestServices.GetRequiredService<OperationNameTags>().Of(operation!.Name?.StringValue), "response_cache");
            }

            return;
        }

        var result = await RunAsync(http, request, document, validated, http.RequestAborted);
        if (cacheable is not null && GraphQLCaching.Validates(result) && cacheable.Stamp(http))
        {
            return;
        }

        await WriteAsync(http, result, mediaType, refusedStatus: !result.Executed);
    }

    /// <summary>A GET for a query with the response cache on: the kept answer, or one made, serialized, kept when it may be, and written.</summary>
    private static async Task AnswerKeptAsync(HttpContext http, ResponseCache responses, CacheableGet cacheable, string mediaType, Func<CancellationToken, Task<ExecutionResult>> run)
    {
        var answer = await responses.AnswerAsync(cacheable.Tag, async cancellationToken =>
        {
            var result = await run(cancellationToken);
            using var body = new MemoryStream();
            await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(body, result, cancellationToken);
            return new Answer(GraphQLCaching.Validates(result), StatusOf(mediaType, refusedStatus: !result.Executed), body.ToArray());
        });
        if (answer.Validated && cacheable.Stamp(http))
        {
            return;
        }

        http.Response.StatusCode = answer.Status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        http.Response.ContentLength = answer.Body.Length;
        await http.Response.Body.WriteAsync(answer.Body, http.RequestAborted);
    }

    /// <summary>Executes the request, keeps its document once it validated, and counts it.</summary>
    private static async Task<ExecutionResult> RunAsync(HttpContext http, GraphQLRequestBody request, GraphQLParser.AST.GraphQLDocument? document, bool validated, CancellationToken cancellationToken)
    {
        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter>();
        var limits = http.RequestServices.GetRequiredService<GraphLimits>();
        var statements = SqlStatementCounter.Begin();
        var userContext = new Dictionary<string, object?> { [ValidatedDocuments.FromCache] = validated };
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
                var traceId = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLEndpoint)).LogUnexpected(context.OriginalException, traceId);
                // A fresh error: its code must not name what failed inside (a store's exception type).
                var masked = new ExecutionError(UnexpectedError.Message) { Code = UnexpectedError.Code };
                masked.Data["traceId"] = traceId;
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

    private static Task WriteRequestErrorAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = GraphQLRequestException.Code }], Executed = false };
        return WriteAsync(http, result, PreferredMediaType(http.Request));
    }

    /// <param name="refusedStatus">A request refused before execution: 400 for <c>application/graphql-response+json</c>, 200 for plain JSON, as GraphQL over HTTP says.</param>
    private static async Task WriteAsync(HttpContext http, ExecutionResult result, string mediaType, bool refusedStatus)
    {
        http.Response.StatusCode = StatusOf(mediaType, refusedStatus);
        await WriteAsync(http, result, mediaType);
    }

    private static int StatusOf(string mediaType, bool refusedStatus) =>
        refusedStatus && mediaType == GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private static async Task WriteAsync(HttpContext http, ExecutionResult result, string mediaType)
    {
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && (parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) || parsed.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase));

    /// <summary>The response media type the client accepts: the GraphQL one when asked for, else plain JSON.</summary>
    private static string PreferredMediaType(HttpRequest request)
    {
        var accepted = MediaTypeHeaderValue.ParseList(request.Headers.Accept.OfType<string>().ToList());
        return accepted.Any(a => a.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            && !accepted.Any(a => a.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > (accepted.First(b => b.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)).Quality ?? 1))
            ? GraphQLResponseJson
            : Json;
    }
}
