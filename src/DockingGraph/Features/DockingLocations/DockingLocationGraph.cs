using DockingGraph.Execution.Binding;
using DockingGraph.Querying;

namespace DockingGraph.Features.DockingLocations;

internal sealed class DockingLocationGraph : IGraphBinding
{
    public static readonly SearchFields<DockingLocation> Search = new("the location's name", l => l.NameSearch);

    public void Bind(GraphBindings graph) => graph
        .Roots("dockingLocation", "dockingLocations", Search)
        .Connection<DockingLocation, DockingEvent>("dockingEvents", "The dockings at this port, ordered by id.", l => l.DockingEvents, DockingEventGraph.Search);
}
