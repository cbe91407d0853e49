using DockingGraph.Batching;
using DockingGraph.Execution.Binding;
using DockingGraph.Querying;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Features.DockingLocations;

internal sealed class DockingLocationGraph(IDbContextFactory<DockingDbContext> contexts, ModelLoaders loaders) : IGraphBinding
{
    public static readonly SearchFields<DockingLocation> Search = new(l => l.NameSearch);

    public void Bind(GraphBindings graph) => graph
        .Roots("dockingLocation", "dockingLocations", contexts, loaders, Search)
        .RelatedConnection<DockingLocation, DockingEvent>("dockingEvents", contexts, loaders, l => l.DockingEvents, DockingEventGraph.Search);
}
