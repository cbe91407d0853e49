using DockingGraph.Execution.Binding;
using DockingGraph.Querying;

namespace DockingGraph.Features.SpacecraftFlights;

internal sealed class SpacecraftFlightGraph : IGraphBinding
{
    public static readonly SearchFields<SpacecraftFlight> Search = new("the flight's spacecraft name", f => f.Spacecraft!.NameSearch);

    public void Bind(GraphBindings graph) => graph
        .Roots("spacecraftFlight", "spacecraftFlights", Search)
        .Connection<SpacecraftFlight, DockingEvent>("dockingEvents", "The docking events this flight took part in, as chaser or target, ordered by id.", f => f.DockingParties.Select(p => p.DockingEvent!), DockingEventGraph.Search);
}
