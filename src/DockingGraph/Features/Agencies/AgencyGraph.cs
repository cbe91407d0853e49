using DockingGraph.Execution.Binding;
using DockingGraph.Querying;

namespace DockingGraph.Features.Agencies;

internal sealed class AgencyGraph : IGraphBinding
{
    public static readonly SearchFields<Agency> Search = new("the agency's name and abbreviation", a => a.NameSearch, a => a.AbbrevSearch);

    public void Bind(GraphBindings graph) => graph
        .Roots("agency", "agencies", Search)
        .Connection<Agency, SpacecraftConfiguration>(
            "spacecraftConfigurations",
            "The spacecraft configurations this agency makes, ordered by id (its `spacecraft` field is LL2's text).",
            a => a.SpacecraftConfigurations,
            new SearchFields<SpacecraftConfiguration>("the configuration's name", c => c.NameSearch));
}
