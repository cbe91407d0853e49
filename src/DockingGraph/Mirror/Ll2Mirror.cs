using System.Text.Json.Nodes;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace DockingGraph.Mirror;

/// <summary>
/// The LL2 endpoints the mirror answers, each read once from its templates against the graph's
/// schema: a list and a record operation over the graph per version and mode.
/// </summary>
internal sealed class Ll2Mirror(ISchema schema)
{
    private readonly Lazy<IReadOnlyList<Ll2Endpoint>> endpoints = new(() =>
    [
        Ll2Endpoint.Read(schema, "2.3.0", "docking_events", normal: "2.3.0-docking_events-normal", detailed: "2.3.0-docking_events-detailed", record: "detailed"),

        // No 2.2.0 answer in detailed mode is recorded: 2.2.0 answers in its normal shape.
        Ll2Endpoint.Read(schema, "2.2.0", "docking_event", normal: "2.2.0-docking_event-normal", detailed: "2.2.0-docking_event-normal", record: "normal"),
    ]);

    public IReadOnlyList<Ll2Endpoint> Endpoints => endpoints.Value;
}

/// <summary>One LL2 list endpoint and its records' (<c>/2.3.0/docking_events/</c>, <c>/2.3.0/docking_events/{id}/</c>).</summary>
/// <param name="Record">What a record's own page answers: the detailed operation in 2.3.0.</param>
internal sealed record Ll2Endpoint(string Version, string Resource, string TypeName, Ll2Operation Normal, Ll2Operation Detailed, Ll2Operation Record)
{
    private const string ListField = "dockingEvents";
    private const string RecordField = "dockingEvent";

    public string Path => $"/{Version}/{Resource}";

    public static Ll2Endpoint Read(ISchema schema, string version, string resource, string normal, string detailed, string record)
    {
        var type = (IComplexGraphType)schema.AllTypes["DockingEvent"]!;
        var normalShape = Ll2Shape.Read(Template(normal), type, version);
        var detailedShape = detailed == normal ? normalShape : Ll2Shape.Read(Template(detailed), type, version);
        var name = $"Ll2_{version.Replace('.', '_')}_{resource}";
        var list = (Ll2Shape shape, string mode) => Ll2Operation.List($"{name}_{mode}", type.Name, ListField, shape);
        return new Ll2Endpoint(
            version,
            resource,
            type.Name,
            list(normalShape, "normal"),
            detailed == normal ? list(normalShape, "normal") : list(detailedShape, "detailed"),
            Ll2Operation.Single($"{name}_record", RecordField, record == "detailed" ? detailedShape : normalShape));
    }

    private static JsonObject Template(string name)
    {
        using var stream = typeof(Ll2Endpoint).Assembly.GetManifestResourceStream($"ll2/{name}.json")
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
