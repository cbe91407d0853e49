using DockingGraph.Graph.Binding;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Features.Agencies;

internal sealed class AgencyGraph(IDbContextFactory<DockingDbContext> contexts, ModelLoaders loaders) : IGraphBinding
{
    public void Bind(GraphBindings graph) => graph
        .Roots<Agency>("agency", "agencies", contexts, loaders)
        .RelatedConnection<Agency, SpacecraftConfiguration>("spacecraftConfigurations", contexts, a => a.SpacecraftConfigurations, c => c.Id);
}
