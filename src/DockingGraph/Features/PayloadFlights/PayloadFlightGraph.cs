using DockingGraph.Execution.Binding;
using DockingGraph.Querying;

namespace DockingGraph.Features.PayloadFlights;

internal sealed class PayloadFlightGraph : IGraphBinding
{
    public static readonly SearchFields<PayloadFlight> Search = new("the flight's payload name", f => f.Payload!.NameSearch);

    public void Bind(GraphBindings graph) => graph
        .Roots("payloadFlight", "payloadFlights", Search)
        .Connection<PayloadFlight, DockingEvent>("dockingEvents", "The docking events this flight took part in, as chaser or target, ordered by id.", f => f.DockingParties.Select(p => p.DockingEvent!), DockingEventGraph.Search);
}
