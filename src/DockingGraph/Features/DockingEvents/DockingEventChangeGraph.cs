using DockingGraph.Batching;
using DockingGraph.Changes;
using DockingGraph.Execution.Binding;
using GraphQL;

namespace DockingGraph.Features.DockingEvents;

/// <summary>
/// <c>Subscription.dockingEventChanged</c>: the docking events each commit created or changed
/// (<see cref="DockingEventChangeStream"/>), each resolved after the commit like a root lookup.
/// </summary>
internal sealed class DockingEventChangeGraph : IGraphBinding
{
    public void Bind(GraphBindings graph) => graph
        .Subscription("dockingEventChanged", DockingEventChangeStream.Subscribe)
        .Field("DockingEventChange", "kind", context => Change(context).Kind == DockingEventChangeKind.Created ? "CREATED" : "UPDATED")
        .Field("DockingEventChange", "dataVersion", context => Change(context).DataVersion)
        .Field("DockingEventChange", "dockingEvent", context => ModelLoaders.Of(context).RootRecord<DockingEvent>(context, Change(context).DockingEventId));

    private static DockingEventChanged Change(IResolveFieldContext context) => (DockingEventChanged)context.Source!;
}

/// <summary>One event of <c>dockingEventChanged</c>: a docking event a commit reaching <paramref name="DataVersion"/> created or changed.</summary>
public sealed record DockingEventChanged(long DataVersion, int DockingEventId, DockingEventChangeKind Kind);
