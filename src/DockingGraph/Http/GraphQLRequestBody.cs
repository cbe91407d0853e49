using System.Runtime.InteropServices;
using System.Text.Json;
using DockingGraph.Execution;
using DockingGraph.Execution.Limits;
using GraphQL;

namespace DockingGraph.Http;

/// <summary>
/// A GraphQL-over-HTTP request (<c>query</c>, <c>operationName</c>, <c>variables</c>,
/// <c>extensions</c>), read from a JSON body or a GET query string. A persisted document comes
/// by its id instead of its text: <c>id</c> (HotChocolate), <c>documentId</c> (GraphQL over HTTP),
/// or Apollo's <c>extensions.persistedQuery</c>; its text is looked up before execution.
/// Its JSON is held to what GraphQL.NET can take whole and cheaply: no duplicate key, text that is
/// Unicode (no invalid UTF-8, no lone surrogate escape), and numbers of at most
/// <see cref="DocumentGate.MaxNumberLength"/> characters, as in a document (a million-digit
/// <c>Int</c> costs GraphQL.NET seconds of CPU to convert and to quote back).
/// </summary>
internal sealed record GraphQLRequestBody(string? Query, string? OperationName, Inputs? Variables, Inputs? Extensions, string? DocumentId = null)
{
    /// <summary>
    /// The most JSON values a request may hold (objects, lists and their members alike, however
    /// nested): as many as a document may have tokens. Each becomes an object GraphQL.NET coerces
    /// before any rule can count it; 330,000 empty objects in one variable took seconds and hundreds
    /// of megabytes to be refused, where the largest filter a request may run has 200 nodes.
    /// </summary>
    public const int MaxValues = 10_000;

    /// <summary>How the body and the JSON parameters of a GET are parsed: a duplicate key is an error, not a choice of one.</summary>
    public static readonly JsonDocumentOptions JsonOptions = new() { AllowDuplicateProperties = false };

    public static GraphQLRequestBody FromJson(JsonElement body, IGraphQLTextSerializer serializer)
    {
        CheckValues(body);
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
            using var document = JsonDocument.Parse(text, JsonOptions);
            CheckValues(document.RootElement);
            return ToInputs(document.RootElement, name, serializer);
        }
        catch (JsonException ex)
        {
            throw new GraphQLRequestException($"`{name}` must be a JSON object: {EchoedValue.Message(ex.Message)}");
        }
    }

    /// <summary>Every string and key of <paramref name="root"/> is Unicode, every number short; walked with a stack of its own.</summary>
    /// <exception cref="GraphQLRequestException">The first value that is not.</exception>
    private static void CheckValues(JsonElement root)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(root);
        var values = 0;
        try
        {
            while (pending.TryPop(out var element))
            {
                if (++values > MaxValues)
                {
                    throw new GraphQLRequestException($"The request holds more than the {MaxValues} JSON values accepted (in its variables, however nested).");
                }

                switch (element.ValueKind)
                {
                    case JsonValueKind.Object:
                        foreach (var property in element.EnumerateObject())
                        {
                            _ = property.Name;
                            pending.Push(property.Value);
                        }

                        break;
                    case JsonValueKind.Array:
                        foreach (var item in element.EnumerateArray())
                        {
                            pending.Push(item);
                        }

                        break;
                    case JsonValueKind.String:
                        _ = element.GetString();
                        break;
                    case JsonValueKind.Number when JsonMarshal.GetRawUtf8Value(element).Length is var length && length > DocumentGate.MaxNumberLength:
                        throw new GraphQLRequestException($"A number in the request is {length} characters long: at most {DocumentGate.MaxNumberLength} characters are accepted.");
                }
            }
        }
        catch (InvalidOperationException)
        {
            // System.Text.Json's word for text it cannot turn into a string.
            throw new GraphQLRequestException("The request holds text that is not Unicode: invalid UTF-8, or an escaped surrogate without its pair.");
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
    /// <summary>HotChocolate's code for an invalid request (<c>ErrorCodes.Server.RequestInvalid</c>).</summary>
    public const string Code = "HC0009";
}
