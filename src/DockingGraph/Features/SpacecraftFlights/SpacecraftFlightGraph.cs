using DockingGraph.Graph.Binding;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Features.SpacecraftFlights;

internal sealed class SpacecraftFlightGraph(IDbContextFactory<DockingDbContext> contexts, ModelLoaders loaders) : IGraphBinding
{
    public void Bind(GraphBindings graph) => graph
        .RecordById<SpacecraftFlight>("spacecraftFlight", loaders)
        .RecordConnection("spacecraftFlights", contexts, db => db.Set<SpacecraftFlight>(), x => x.Id)
        .RelatedConnection<SpacecraftFlight, DockingEvent>("dockingEvents", contexts, f => f.DockingParties.Select(p => p.DockingEvent!), e => e.Id);
}
