using DockingGraph.Telemetry;
using GraphQL;

namespace DockingGraph.Http.Caching;

/// <summary>
/// Answers a GET for a query with HTTP caching: a 304 when the client holds the answer's tag, the
/// kept answer when the response cache is on, otherwise one made by <c>run</c>, stamped with its
/// tag when it validates.
/// </summary>
internal static class CachedQueryAnswer
{
    /// <param name="operationName">The query's name as its document defines it, for the metrics of an answer made without executing.</param>
    /// <param name="run">Executes the request.</param>
    public static async Task AnswerAsync(HttpContext http, GraphQLRequestBody request, string? operationName, string mediaType, Func<CancellationToken, Task<ExecutionResult>> run)
    {
        var caching = http.RequestServices.GetRequiredService<GraphQLCaching>();
        var cacheable = caching.For(http.Request, request, mediaType);
        if (cacheable is not null && cacheable.AnsweredNotModified(http))
        {
            DockingMetrics.AnsweredWithoutExecuting(http.RequestServices.GetRequiredService<OperationNameTags>().Of(operationName), "not_modified");
            return;
        }

        if (cacheable is not null && caching.Responses is { } responses)
        {
            var executed = false;
            await AnswerKeptAsync(http, responses, cacheable, mediaType, cancellationToken =>
            {
                executed = true;
                return run(cancellationToken);
            });
            if (!executed)
            {
                DockingMetrics.AnsweredWithoutExecuting(http.RequestServices.GetRequiredService<OperationNameTags>().Of(operationName), "response_cache");
            }

            return;
        }

        var result = await run(http.RequestAborted);
        if (cacheable is not null && GraphQLCaching.Validates(result) && cacheable.Stamp(http))
        {
            return;
        }

        await GraphQLResponseWriter.WriteAsync(http, result, mediaType, refusedStatus: !result.Executed);
    }

    /// <summary>With the response cache on: the kept answer, or one made, serialized, kept when it may be, and written.</summary>
    private static async Task AnswerKeptAsync(HttpContext http, ResponseCache responses, CacheableGet cacheable, string mediaType, Func<CancellationToken, Task<ExecutionResult>> run)
    {
        var answer = await responses.AnswerAsync(cacheable.Tag, async cancellationToken =>
        {
            var result = await run(cancellationToken);
            using var body = new MemoryStream();
            await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(body, result, cancellationToken);
            return new Answer(GraphQLCaching.Validates(result), GraphQLMediaTypes.Status(mediaType, refused: !result.Executed), body.ToArray());
        });
        if (answer.Validated && cacheable.Stamp(http))
        {
            return;
        }

        await GraphQLResponseWriter.WriteAsync(http, answer.Status, mediaType, answer.Body);
    }
}
