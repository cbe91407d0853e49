using DockingGraph.Querying;

namespace DockingGraph.Execution.Binding;

/// <summary><c>totalCount</c> of every connection, counted only when selected.</summary>
internal sealed class PagingGraph : IGraphBinding
{
    public void Bind(GraphBindings graph) =>
        graph.ConnectionsField("totalCount", context => ((IConnection)context.Source!).Count(context));
}
