using DockingGraph.Graph.Binding;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Features.DockingLocations;

internal sealed class DockingLocationGraph(IDbContextFactory<DockingDbContext> contexts, ModelLoaders loaders) : IGraphBinding
{
    public void Bind(GraphBindings graph) => graph
        .Roots<DockingLocation>("dockingLocation", "dockingLocations", contexts, loaders)
        .RelatedConnection<DockingLocation, DockingEvent>("dockingEvents", contexts, l => l.DockingEvents, e => e.Id);
}
