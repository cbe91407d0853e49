using DockingGraph.Graph.Binding;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Features.DockingLocations;

internal sealed class DockingLocationGraph(IDbContextFactory<DockingDbContext> contexts, ModelLoaders loaders) : IGraphBinding
{
    public void Bind(GraphBindings graph) => graph
        .RecordById<DockingLocation>("dockingLocation", loaders)
        .RecordConnection("dockingLocations", contexts, db => db.Set<DockingLocation>(), x => x.Id)
        .RelatedConnection<DockingLocation, DockingEvent>("dockingEvents", contexts, l => l.DockingEvents, e => e.Id);
}
