using Microsoft.Net.Http.Headers;

namespace DockingGraph.Http;

/// <summary>
/// The media types of GraphQL over HTTP: what a request body may be, which response the client
/// prefers, and the status a refused request gets in each (400 for
/// <c>application/graphql-response+json</c>, 200 for <c>application/json</c>, as the spec says).
/// </summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>Whether a request body of this content type is read: JSON, plain or GraphQL's.</summary>
    public static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && (parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) || parsed.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase));

    /// <summary>The response media type the client accepts: the GraphQL one when asked for, else plain JSON.</summary>
    public static string Preferred(HttpRequest request)
    {
        var accepted = MediaTypeHeaderValue.ParseList(request.Headers.Accept.OfType<string>().ToList());
        return accepted.Any(a => a.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
            && !accepted.Any(a => a.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase) && (a.Quality ?? 1) > (accepted.First(b => b.MediaType.Equals(GraphQLResponseJson, StringComparison.OrdinalIgnoreCase)).Quality ?? 1))
            ? GraphQLResponseJson
            : Json;
    }

    /// <param name="refused">A request refused before execution.</param>
    public static int Status(string mediaType, bool refused) =>
        refused && mediaType == GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
}
