using System.Text.Json.Nodes;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace DockingGraph.Mirror;

/// <summary>One LL2 list endpoint and its records' (<c>/2.3.0/docking_events/</c>, <c>/2.3.0/docking_events/{id}/</c>), and the templates of its shapes.</summary>
/// <param name="RecordDetailed">Whether a record's own page is in the detailed shape (2.3.0's are).</param>
internal sealed record Ll2Endpoint(string Version, string Resource, string TypeName, string NormalTemplate, string DetailedTemplate, bool RecordDetailed)
{
    public static readonly Ll2Endpoint[] All =
    [
        new("2.3.0", "docking_events", "DockingEvent", "2.3.0-docking_events-normal", "2.3.0-docking_events-detailed", RecordDetailed: true),

        // No 2.2.0 answer in detailed mode is recorded: 2.2.0 answers in its normal shape.
        new("2.2.0", "docking_event", "DockingEvent", "2.2.0-docking_event-normal", "2.2.0-docking_event-normal", RecordDetailed: false),
    ];

    public string Path => $"/{Version}/{Resource}";
}

/// <summary>
/// The graph operations that answer the mirror's endpoints, read from their templates against the
/// graph's schema once, when the first LL2 request (or the OpenAPI document) needs them.
/// </summary>
internal sealed class Ll2Mirror(ISchema schema)
{
    private readonly Lazy<Dictionary<Ll2Endpoint, Ll2Operations>> operations = new(() => Ll2Endpoint.All.ToDictionary(e => e, e => Ll2Operations.Read(schema, e)));

    public Ll2Operations For(Ll2Endpoint endpoint) => operations.Value[endpoint];
}

/// <summary>An endpoint's operations: a page in each mode, and one record.</summary>
internal sealed record Ll2Operations(Ll2Operation Normal, Ll2Operation Detailed, Ll2Operation Record)
{
    private const string ListField = "dockingEvents";
    private const string RecordField = "dockingEvent";

    public static Ll2Operations Read(ISchema schema, Ll2Endpoint endpoint)
    {
        var type = (IComplexGraphType)schema.AllTypes[endpoint.TypeName]!;
        var normal = Ll2Shape.Read(Template(endpoint.NormalTemplate), type, endpoint.Version);
        var detailed = endpoint.DetailedTemplate == endpoint.NormalTemplate ? normal : Ll2Shape.Read(Template(endpoint.DetailedTemplate), type, endpoint.Version);
        var name = $"Ll2_{endpoint.Version.Replace('.', '_')}_{endpoint.Resource}";
        var normalList = Ll2Operation.List($"{name}_normal", type.Name, ListField, normal);
        return new Ll2Operations(
            normalList,
            detailed == normal ? normalList : Ll2Operation.List($"{name}_detailed", type.Name, ListField, detailed),
            Ll2Operation.Single($"{name}_record", RecordField, endpoint.RecordDetailed ? detailed : normal));
    }

    private static JsonObject Template(string name)
    {
        using var stream = typeof(Ll2Operations).Assembly.GetManifestResourceStream($"ll2/{name}.json")
            ?? throw new InvalidOperationException($"The LL2 template {name}.json is not in the build.");
        return JsonNode.Parse(stream)!.AsObject();
    }
}

/// <summary>A graph operation that answers LL2 records in one shape: its text, parsed once, and the shape its answer is written in.</summary>
internal sealed record Ll2Operation(string Name, string Text, GraphQLDocument Document, Ll2Shape Shape)
{
    public GraphQLOperationDefinition Operation => (GraphQLOperationDefinition)Document.Definitions[0];

    /// <summary><c>page</c>: the list's page and its whole count, from <see cref="Ll2Parameters"/>' arguments.</summary>
    public static Ll2Operation List(string name, string type, string field, Ll2Shape shape) => Parsed(
        name,
        $"query {name}($first: Int, $offset: Int, $where: {type}FilterInput, $order: [{type}SortInput!], $search: String) "
        + $"{{ page: {field}(first: $first, offset: $offset, where: $where, order: $order, search: $search) {{ totalCount nodes {shape.Selection} }} }}",
        shape);

    /// <summary><c>record</c>: one record by its id, or null.</summary>
    public static Ll2Operation Single(string name, string field, Ll2Shape shape) => Parsed(
        name,
        $"query {name}($id: Int!) {{ record: {field}(id: $id) {shape.Selection} }}",
        shape);

    private static Ll2Operation Parsed(string name, string text, Ll2Shape shape) => new(name, text, Parser.Parse(text), shape);
}
