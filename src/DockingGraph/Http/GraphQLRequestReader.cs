using System.Text.Json;
using DockingGraph.Execution;
using DockingGraph.Execution.Limits;
using GraphQL;

namespace DockingGraph.Http;

/// <summary>
/// Reads a GraphQL request from HTTP: a POST's JSON body, within <c>GraphQL:MaxRequestBytes</c>,
/// or a GET's query string. A request that cannot be read is answered here, and read as null.
/// </summary>
internal static class GraphQLRequestReader
{
    /// <returns>The request, or null when it was refused (and answered).</returns>
    public static async Task<GraphQLRequestBody?> ReadPostAsync(HttpContext http)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        if (!GraphQLMediaTypes.IsJson(http.Request.ContentType))
        {
            await GraphQLResponseWriter.WriteRequestErrorAsync(http, StatusCodes.Status415UnsupportedMediaType, $"The request body must be `{GraphQLMediaTypes.Json}`, not `{http.Request.ContentType ?? "nothing"}`.");
            return null;
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
            await GraphQLResponseWriter.WriteRequestErrorAsync(http, ex.StatusCode, "The request body did not arrive whole.");
            return null;
        }

        if (body is not { } bytes)
        {
            var refused = new ExecutionError($"The request body is larger than the {limit} bytes allowed.") { Code = RequestBody.TooLargeCode };
            refused.Data["maxAllowed"] = limit;
            http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await GraphQLResponseWriter.WriteAsync(http, new ExecutionResult { Errors = [refused], Executed = false }, GraphQLMediaTypes.Preferred(http.Request));
            return null;
        }

        try
        {
            using var json = JsonDocument.Parse(bytes, GraphQLRequestBody.JsonOptions);
            return GraphQLRequestBody.FromJson(json.RootElement, serializer);
        }
        catch (JsonException ex)
        {
            await GraphQLResponseWriter.WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest, $"The request body is not JSON: {EchoedValue.Message(ex.Message)}");
            return null;
        }
        catch (GraphQLRequestException ex)
        {
            await GraphQLResponseWriter.WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest, ex.Message);
            return null;
        }
    }

    /// <returns>The request, or null when it was refused (and answered).</returns>
    public static async Task<GraphQLRequestBody?> ReadGetAsync(HttpContext http)
    {
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        try
        {
            return GraphQLRequestBody.FromQueryString(http.Request.Query, serializer);
        }
        catch (GraphQLRequestException ex)
        {
            await GraphQLResponseWriter.WriteRequestErrorAsync(http, StatusCodes.Status400BadRequest, ex.Message);
            return null;
        }
    }
}
