using GraphQL;

namespace DockingGraph.Http;

/// <summary>Writes a GraphQL response in the media type the client prefers, with the status GraphQL over HTTP gives it.</summary>
internal static class GraphQLResponseWriter
{
    /// <summary>A request that is not a GraphQL request, answered with <paramref name="status"/> and one error.</summary>
    public static Task WriteRequestErrorAsync(HttpContext http, int status, string message)
    {
        http.Response.StatusCode = status;
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = GraphQLRequestException.Code }], Executed = false };
        return WriteAsync(http, result, GraphQLMediaTypes.Preferred(http.Request));
    }

    /// <param name="refusedStatus">A request refused before execution: 400 for <c>application/graphql-response+json</c>, 200 for plain JSON, as GraphQL over HTTP says.</param>
    public static async Task WriteAsync(HttpContext http, ExecutionResult result, string mediaType, bool refusedStatus)
    {
        http.Response.StatusCode = GraphQLMediaTypes.Status(mediaType, refusedStatus);
        await WriteAsync(http, result, mediaType);
    }

    /// <summary>Writes the result with the status already set.</summary>
    public static async Task WriteAsync(HttpContext http, ExecutionResult result, string mediaType)
    {
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>Writes an answer already serialized (a kept one).</summary>
    public static async Task WriteAsync(HttpContext http, int status, string mediaType, byte[] body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        http.Response.ContentLength = body.Length;
        await http.Response.Body.WriteAsync(body, http.RequestAborted);
    }
}
