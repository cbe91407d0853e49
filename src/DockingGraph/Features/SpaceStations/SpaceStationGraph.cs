using DockingGraph.Graph.Binding;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Features.SpaceStations;

internal sealed class SpaceStationGraph(IDbContextFactory<DockingDbContext> contexts, ModelLoaders loaders) : IGraphBinding
{
    public void Bind(GraphBindings graph) => graph
        .Roots<SpaceStation>("spaceStation", "spaceStations", contexts, loaders)
        .RelatedConnection<SpaceStation, DockingEvent>("dockingEvents", contexts, s => s.DockingParties.Select(p => p.DockingEvent!), e => e.Id)
        .RelatedConnection<SpaceStation, DockingLocation>("dockingLocations", contexts, s => s.DockingLocations, l => l.Id);
}
