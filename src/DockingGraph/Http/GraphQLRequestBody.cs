using System.Text.Json;
using GraphQL;

namespace DockingGraph.Http;

/// <summary>
/// A GraphQL-over-HTTP request (<c>query</c>, <c>operationName</c>, <c>variables</c>,
/// <c>extensions</c>), read from a JSON body or a GET query string. A persisted document comes
/// by its id instead of its text: <c>id</c> (HotChocolate), <c>documentId</c> (GraphQL over HTTP),
/// or Apollo's <c>extensions.persistedQuery</c>; its text is looked up before execution.
/// </summary>
internal sealed record GraphQLRequestBody(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions, string? DocumentId = null)
{
    public static GraphQLRequestBody FromJson(JsonElement body, IGraphQLTextSerializer serializer)
    {
        if (body.ValueKind == JsonValueKind.Array)
        {
            throw new GraphQLRequestException("Batched requests (a JSON array of operations) are not supported: send one operation per request.");
        }

        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new GraphQLRequestException("The request body must be a JSON object with a `query`.");
        }

        return Checked(new GraphQLRequestBody(
            Text(body, "query"),
            Text(body, "operationName"),
            Map(body, "variables", serializer),
            Map(body, "extensions", serializer),
            Text(body, "documentId") ?? Text(body, "id")));
    }

    public static GraphQLRequestBody FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        return Checked(new GraphQLRequestBody(
            Parameter(query, "query"),
            Parameter(query, "operationName"),
            MapText(query["variables"].ToString(), "variables", serializer),
            MapText(query["extensions"].ToString(), "extensions", serializer),
            Parameter(query, "documentId") ?? Parameter(query, "id")));
    }

    /// <summary>Apollo's automatic persisted query: <c>extensions.persistedQuery.sha256Hash</c>.</summary>
    public string? AutomaticHash =>
        Extensions?.TryGetValue("persistedQuery", out var persisted) == true && persisted is IDictionary<string, object?> fields && fields.TryGetValue("sha256Hash", out var hash)
            ? hash as string
            : null;

    private static GraphQLRequestBody Checked(GraphQLRequestBody request) =>
        request.Query is null && request.DocumentId is null && request.AutomaticHash is null
            ? throw new GraphQLRequestException("The request has no `query` (nor the id of a persisted document).")
            : request;

    private static string? Parameter(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 } value ? value : null;

    private static string? Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) switch
        {
            false => null,
            true when value.ValueKind == JsonValueKind.Null => null,
            true when value.ValueKind == JsonValueKind.String => value.GetString(),
            _ => throw new GraphQLRequestException($"`{name}` must be a string."),
        };

    private static Inputs? Map(JsonElement body, string name, IGraphQLTextSerializer serializer) =>
        body.TryGetProperty(name, out var value) ? ToInputs(value, name, serializer) : null;

    private static Inputs? MapText(string text, string name, IGraphQLTextSerializer serializer)
    {
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return ToInputs(document.RootElement, name, serializer);
        }
        catch (JsonException)
        {
            throw new GraphQLRequestException($"`{name}` must be a JSON object.");
        }
    }

    private static Inputs? ToInputs(JsonElement value, string name, IGraphQLTextSerializer serializer) =>
        value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Object => serializer.Deserialize<Inputs>(value.GetRawText()),
            _ => throw new GraphQLRequestException($"`{name}` must be a JSON object."),
        };
}

/// <summary>A request that is not a GraphQL request at all (no query, a body that is not JSON).</summary>
internal sealed class GraphQLRequestException(string message) : Exception(message)
{
}
