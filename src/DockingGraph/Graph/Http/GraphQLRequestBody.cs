using System.Text.Json;
using GraphQL;

namespace DockingGraph.Graph.Http;

/// <summary>A GraphQL-over-HTTP request (<c>query</c>, <c>operationName</c>, <c>variables</c>, <c>extensions</c>), read from a JSON body or a GET query string.</summary>
internal sealed record GraphQLRequestBody(string Query, string? OperationName, Inputs? Variables, Inputs? Extensions)
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

        return new GraphQLRequestBody(
            Text(body, "query") ?? throw new GraphQLRequestException("The request has no `query`."),
            Text(body, "operationName"),
            Map(body, "variables", serializer),
            Map(body, "extensions", serializer));
    }

    public static GraphQLRequestBody FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer)
    {
        var text = query["query"].ToString();
        if (string.IsNullOrEmpty(text))
        {
            throw new GraphQLRequestException("The request has no `query` parameter.");
        }

        var operationName = query["operationName"].ToString();
        return new GraphQLRequestBody(
            text,
            operationName.Length == 0 ? null : operationName,
            MapText(query["variables"].ToString(), "variables", serializer),
            MapText(query["extensions"].ToString(), "extensions", serializer));
    }

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
