using DockingGraph.Changes;
using DockingGraph.Execution.Binding;
using GraphQL;

namespace DockingGraph.Features.DockingEvents;

/// <summary>
/// <c>Subscription.dockingEventChanged</c>: the docking events each commit created or changed
/// (<see cref="DockingEventChangeStream"/>), each resolved after the commit like a root lookup, the
/// commit's events read together (<see cref="ChangedEventRecords"/>).
/// </summary>
internal sealed class DockingEventChangeGraph : IGraphBinding
{
    public void Bind(GraphBindings graph) => graph
        .Subscription("dockingEventChanged", DockingEventChangeStream.Subscribe)
        .Field("DockingEventChange", "kind", context => Change(context).Kind == DockingEventChangeKind.Created ? "CREATED" : "UPDATED")
        .Field("DockingEventChange", "dataVersion", context => Change(context).DataVersion)
        .Field("DockingEventChange", "dockingEvent", Event);

    private static object Event(IResolveFieldContext context)
    {
        var change = Change(context);
        return change.Records.Record(context, change.Position);
    }

    private static DockingEventChanged Change(IResolveFieldContext context) => (DockingEventChanged)context.Source!;
}

/// <summary>
/// One event of <c>dockingEventChanged</c>: a docking event a commit reaching <paramref name="DataVersion"/>
/// created or changed, at <paramref name="Position"/> of the events that commit sends the subscription (<paramref name="Records"/>).
/// </summary>
internal sealed record DockingEventChanged(long DataVersion, DockingEventChangeKind Kind, ChangedEventRecords Records, int Position);
