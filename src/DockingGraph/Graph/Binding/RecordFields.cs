using GraphQL;

namespace DockingGraph.Graph.Binding;

public static class RecordFields
{
    /// <summary><c>field(id: Int!)</c> on Query: the record, or null when there is none (batched like every other record load).</summary>
    public static GraphBindings RecordById<T>(this GraphBindings graph, string field, ModelLoaders loaders) =>
        graph.Field("Query", field, context => loaders.Record<T>(context, context.GetArgument<int>("id")));
}
