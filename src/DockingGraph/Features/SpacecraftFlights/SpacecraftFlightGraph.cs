using DockingGraph.Batching;
using DockingGraph.Execution.Binding;
using DockingGraph.Querying;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Features.SpacecraftFlights;

internal sealed class SpacecraftFlightGraph(IDbContextFactory<DockingDbContext> contexts, ModelLoaders loaders) : IGraphBinding
{
    public static readonly SearchFields<SpacecraftFlight> Search = new(f => f.Spacecraft!.NameSearch);

    public void Bind(GraphBindings graph) => graph
        .Roots("spacecraftFlight", "spacecraftFlights", contexts, loaders, Search)
        .RelatedConnection<SpacecraftFlight, DockingEvent>("dockingEvents", contexts, loaders, f => f.DockingParties.Select(p => p.DockingEvent!), DockingEventGraph.Search);
}
