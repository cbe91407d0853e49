using DockingGraph.Graph.Binding;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Features.PayloadFlights;

internal sealed class PayloadFlightGraph(IDbContextFactory<DockingDbContext> contexts, ModelLoaders loaders) : IGraphBinding
{
    public void Bind(GraphBindings graph) => graph
        .Roots<PayloadFlight>("payloadFlight", "payloadFlights", contexts, loaders)
        .RelatedConnection<PayloadFlight, DockingEvent>("dockingEvents", contexts, f => f.DockingParties.Select(p => p.DockingEvent!), e => e.Id);
}
