using DockingGraph.Batching;
using DockingGraph.Execution.Binding;
using DockingGraph.Querying;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Features.Agencies;

internal sealed class AgencyGraph(IDbContextFactory<DockingDbContext> contexts, ModelLoaders loaders) : IGraphBinding
{
    public static readonly SearchFields<Agency> Search = new(a => a.NameSearch, a => a.AbbrevSearch);

    public void Bind(GraphBindings graph) => graph
        .Roots("agency", "agencies", contexts, loaders, Search)
        .RelatedConnection<Agency, SpacecraftConfiguration>("spacecraftConfigurations", contexts, loaders, a => a.SpacecraftConfigurations, new SearchFields<SpacecraftConfiguration>(c => c.NameSearch));
}
