using DockingGraph.Batching;
using DockingGraph.Execution.Binding;
using DockingGraph.Querying;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Features.SpaceStations;

internal sealed class SpaceStationGraph(IDbContextFactory<DockingDbContext> contexts, ModelLoaders loaders) : IGraphBinding
{
    public static readonly SearchFields<SpaceStation> Search = new(s => s.NameSearch);

    public void Bind(GraphBindings graph) => graph
        .Roots("spaceStation", "spaceStations", contexts, loaders, Search)
        .RelatedConnection<SpaceStation, DockingEvent>("dockingEvents", contexts, loaders, s => s.DockingParties.Select(p => p.DockingEvent!), DockingEventGraph.Search)
        .RelatedConnection<SpaceStation, DockingLocation>("dockingLocations", contexts, loaders, s => s.DockingLocations, DockingLocationGraph.Search);
}
