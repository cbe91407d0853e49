using DockingGraph.Execution.Limits;
using DockingGraph.Http.Caching;
using DockingGraph.Http.Ide;
using DockingGraph.Http.Live;
using DockingGraph.Http.Persisted;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace DockingGraph.Http;

/// <summary>
/// GraphQL over HTTP (GraphQL.NET's server package is not available here, so this is the one
/// transport): POST with a JSON body, GET with query parameters for queries. A request that is
/// not a GraphQL request, or a document that does not parse or validate, is answered with a
/// GraphQL error response, never a 500: 200 for <c>application/json</c>, 400 for
/// <c>application/graphql-response+json</c>, as the GraphQL-over-HTTP spec says.
/// </summary>
/// <remarks>
/// The flow: the request is read (<see cref="GraphQLRequestReader"/>), its document admitted
/// (<see cref="DocumentStage"/>), then executed (<see cref="GraphQLExecution"/>), through HTTP
/// caching for a GET query (<see cref="CachedQueryAnswer"/>), and written
/// (<see cref="GraphQLResponseWriter"/>, in <see cref="GraphQLMediaTypes"/>). Each step answers
/// the request itself when it refuses it.
/// </remarks>
internal static class GraphQLEndpoint
{
    public static IEndpointConventionBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder routes, string pattern)
    {
        var group = routes.MapGroup(pattern);
        group.MapPost("", (Delegate)HandlePostAsync);
        group.MapGet("", (Delegate)HandleGetAsync);
        group.MapGet("{**asset}", (HttpContext http, string asset) => http.RequestServices.GetRequiredService<BananaCakePop>().ServeAssetAsync(http, asset));
        return group;
    }

    /// <summary>The code of a subscription sent where a single answer is expected.</summary>
    public const string StreamRequiredCode = "SUBSCRIPTION_NEEDS_STREAM";

    private static async Task HandlePostAsync(HttpContext http)
    {
        if (await GraphQLRequestReader.ReadPostAsync(http) is not { } request)
        {
            return;
        }

        if (GraphQLEventStream.IsAskedFor(http.Request))
        {
            await GraphQLEventStream.RunAsync(http, request);
            return;
        }

        if (await DocumentStage.AdmitAsync(http, request, overGet: false) is { } admitted)
        {
            await AnswerAsync(http, admitted);
        }
    }

    private static async Task HandleGetAsync(HttpContext http)
    {
        if (http.WebSockets.IsWebSocketRequest)
        {
            await GraphQLWebSocket.RunAsync(http);
            return;
        }

        var ide = http.RequestServices.GetRequiredService<BananaCakePop>();
        if (ide.IsPageRequest(http.Request))
        {
            await ide.ServePageAsync(http);
            return;
        }

        if (http.Request.Query.ContainsKey("sdl"))
        {
            await ServeSdlAsync(http);
            return;
        }

        if (await GraphQLRequestReader.ReadGetAsync(http) is not { } request)
        {
            return;
        }

        if (GraphQLEventStream.IsAskedFor(http.Request))
        {
            await GraphQLEventStream.RunAsync(http, request);
            return;
        }

        if (await DocumentStage.AdmitAsync(http, request, overGet: true) is { } admitted)
        {
            await AnswerAsync(http, admitted);
        }
    }

    /// <summary>The schema as SDL, as HotChocolate serves it, for tools and for people.</summary>
    private static async Task ServeSdlAsync(HttpContext http)
    {
        // The schema is what introspection tells: refused where an introspection query would be.
        if (http.RequestServices.GetRequiredService<IOptions<PersistedDocumentOptions>>().Value.Only)
        {
            await DocumentStage.RefuseAsync(http, new ExecutionError("Only persisted operations are allowed.") { Code = PersistedDocumentResolver.OnlyPersistedCode });
            return;
        }

        if (!http.RequestServices.GetRequiredService<GraphLimits>().Introspection)
        {
            await DocumentStage.RefuseAsync(http, new ExecutionError("Introspection is not allowed for the current request.") { Code = IntrospectionRule.NotAllowedCode });
            return;
        }

        http.Response.ContentType = "application/graphql; charset=utf-8";
        await http.Response.WriteAsync(http.RequestServices.GetRequiredService<ISchema>().Print(), http.RequestAborted);
    }

    /// <summary>Executes an admitted request and writes its answer; a GET for a query goes through HTTP caching.</summary>
    private static async Task AnswerAsync(HttpContext http, AdmittedRequest admitted)
    {
        var mediaType = GraphQLMediaTypes.Preferred(http.Request);
        if (admitted.Operation is { Operation: OperationType.Query } query)
        {
            await CachedQueryAnswer.AnswerAsync(http, admitted.Request, query.Name?.StringValue, mediaType, cancellationToken => GraphQLExecution.RunAsync(http, admitted, cancellationToken));
            return;
        }

        var result = await GraphQLExecution.RunAsync(http, admitted, http.RequestAborted);
        if (result.Streams is { Count: > 0 })
        {
            // A stream, not yet subscribed to: a single answer cannot carry it.
            result = new ExecutionResult { Errors = [new ExecutionError("A subscription is served over a stream: a WebSocket at /graphql (graphql-transport-ws), or a request that accepts text/event-stream (graphql-sse).") { Code = StreamRequiredCode }], Executed = false };
        }

        await GraphQLResponseWriter.WriteAsync(http, result, mediaType, refusedStatus: !result.Executed);
    }
}
