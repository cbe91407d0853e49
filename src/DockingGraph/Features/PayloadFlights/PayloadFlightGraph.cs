using DockingGraph.Batching;
using DockingGraph.Execution.Binding;
using DockingGraph.Querying;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Features.PayloadFlights;

internal sealed class PayloadFlightGraph(IDbContextFactory<DockingDbContext> contexts, ModelLoaders loaders) : IGraphBinding
{
    public static readonly SearchFields<PayloadFlight> Search = new(f => f.Payload!.NameSearch);

    public void Bind(GraphBindings graph) => graph
        .Roots("payloadFlight", "payloadFlights", contexts, loaders, Search)
        .RelatedConnection<PayloadFlight, DockingEvent>("dockingEvents", contexts, loaders, f => f.DockingParties.Select(p => p.DockingEvent!), DockingEventGraph.Search);
}
