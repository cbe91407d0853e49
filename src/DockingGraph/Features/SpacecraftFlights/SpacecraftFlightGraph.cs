using DockingGraph.Graph.Binding;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Features.SpacecraftFlights;

internal sealed class SpacecraftFlightGraph(IDbContextFactory<DockingDbContext> contexts, ModelLoaders loaders) : IGraphBinding
{
    public void Bind(GraphBindings graph) => graph
        .Roots<SpacecraftFlight>("spacecraftFlight", "spacecraftFlights", contexts, loaders)
        .RelatedConnection<SpacecraftFlight, DockingEvent>("dockingEvents", contexts, f => f.DockingParties.Select(p => p.DockingEvent!), e => e.Id);
}
