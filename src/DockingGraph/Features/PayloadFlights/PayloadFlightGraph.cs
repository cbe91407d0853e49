using DockingGraph.Graph.Binding;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Features.PayloadFlights;

internal sealed class PayloadFlightGraph(IDbContextFactory<DockingDbContext> contexts, ModelLoaders loaders) : IGraphBinding
{
    public void Bind(GraphBindings graph) => graph
        .RecordById<PayloadFlight>("payloadFlight", loaders)
        .RecordConnection("payloadFlights", contexts, db => db.Set<PayloadFlight>(), x => x.Id)
        .RelatedConnection<PayloadFlight, DockingEvent>("dockingEvents", contexts, f => f.DockingParties.Select(p => p.DockingEvent!), e => e.Id);
}
