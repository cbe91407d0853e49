namespace DockingGraph.Execution.Binding;

/// <summary>A feature's part of the graph: the fields the model alone cannot resolve (roots, unions, reverse relations).</summary>
public interface IGraphBinding
{
    void Bind(GraphBindings graph);
}
