using DockingGraph.Execution.Binding;
using DockingGraph.Querying;

namespace DockingGraph.Features.SpaceStations;

internal sealed class SpaceStationGraph : IGraphBinding
{
    public static readonly SearchFields<SpaceStation> Search = new("the station's name", s => s.NameSearch);

    public void Bind(GraphBindings graph) => graph
        .Roots("spaceStation", "spaceStations", Search)
        .Connection<SpaceStation, DockingEvent>("dockingEvents", "The docking events this station took part in, as chaser or target, ordered by id.", s => s.DockingParties.Select(p => p.DockingEvent!), DockingEventGraph.Search)
        .Connection<SpaceStation, DockingLocation>("dockingLocations", "The docking ports on this station, ordered by id.", s => s.DockingLocations, DockingLocationGraph.Search);
}
