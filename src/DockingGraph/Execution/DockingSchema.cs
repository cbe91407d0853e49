using DockingGraph.Batching;
using DockingGraph.Execution.Binding;
using DockingGraph.Execution.Scalars;
using DockingGraph.Execution.SchemaGeneration;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace DockingGraph.Execution;

/// <summary>
/// The graph, built from the SDL in <c>schema/</c> (the source of truth) and bound to the model and
/// the features' resolvers. Built once at start; <see cref="ISchema.Initialize"/> runs there, so a
/// schema error fails the start and not the first request.
/// </summary>
public static class DockingSchema
{
    public static string SchemaDirectory => Path.Combine(AppContext.BaseDirectory, "schema");

    /// <summary>The SDL files, hand-written then generated, each in name order, as one document.</summary>
    /// <param name="withGenerated">Whether to include the generated files (<c>*.generated.graphql</c>: connections, filter and sort inputs); the generators read the others.</param>
    public static string ReadSdl(string? directory = null, bool withGenerated = true) =>
        string.Join(
            "\n",
            Directory.EnumerateFiles(directory ?? SchemaDirectory, "*.graphql")
                .Where(file => withGenerated || !IsGenerated(file))

                // The generated files last: a type's generated `extend type` fields follow its own.
                .OrderBy(IsGenerated)
                .ThenBy(file => file, StringComparer.Ordinal)
                .Select(File.ReadAllText));

    private static bool IsGenerated(string file) => file.EndsWith(".generated.graphql", StringComparison.Ordinal);

    public static ISchema Build(string sdl, IEnumerable<IGraphBinding> features, ModelLoaders loaders)
    {
        var document = Parser.Parse(sdl);
        var bindings = GraphBindings.Of(features);
        var schema = Schema.For(sdl, builder => ModelFieldBinder.Bind(document, builder.Types, bindings, loaders));
        RegisterScalars(schema, document, new DateTimeScalar(), new DateScalar(), new DurationScalar(), new LongGraphType());
        schema.Initialize();
        return schema;
    }

    /// <summary>Our scalars replace GraphQL.NET's built-in ones; their descriptions stay the SDL's.</summary>
    private static void RegisterScalars(Schema schema, GraphQLDocument sdl, params ScalarGraphType[] scalars)
    {
        var definitions = sdl.Definitions.OfType<GraphQLScalarTypeDefinition>()
            .ToDictionary(d => d.Name.StringValue, d => d.Description?.Value.ToString(), StringComparer.Ordinal);
        foreach (var scalar in scalars)
        {
            scalar.Description = definitions.GetValueOrDefault(scalar.Name);
            schema.RegisterType(scalar);
        }
    }
}
