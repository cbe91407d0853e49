using DockingGraph.Batching;
using DockingGraph.Execution.Binding;
using DockingGraph.Querying;
using GraphQL;

namespace DockingGraph.Features.DockingEvents;

/// <summary>Docking events in the graph: the roots, and the chaser and target as one <c>DockingParty</c> each.</summary>
internal sealed class DockingEventGraph : IGraphBinding
{
    /// <summary>The seven fields LL2's <c>/docking_events/?search=</c> looks in.</summary>
    public static readonly SearchFields<DockingEvent> Search = new(
        "the docking location's name, the chaser's and the target's spacecraft, payload or station name (LL2's seven search fields)",
        e => e.DockingLocation!.NameSearch,
        e => e.FlightVehicleChaser!.Spacecraft!.NameSearch,
        e => e.FlightVehicleTarget!.Spacecraft!.NameSearch,
        e => e.PayloadFlightChaser!.Payload!.NameSearch,
        e => e.PayloadFlightTarget!.Payload!.NameSearch,
        e => e.SpaceStationChaser!.NameSearch,
        e => e.SpaceStationTarget!.NameSearch);

    public void Bind(GraphBindings graph) => graph
        .Roots("dockingEvent", "dockingEvents", Search)
        .Field<DockingEvent>(
            "chaser",
            context => Party(context, Source(context).FlightVehicleChaserId, Source(context).FlightVehicleChaser, Source(context).PayloadFlightChaserId, Source(context).PayloadFlightChaser, Source(context).SpaceStationChaserId, Source(context).SpaceStationChaser),
            [nameof(DockingEvent.FlightVehicleChaserId), nameof(DockingEvent.PayloadFlightChaserId), nameof(DockingEvent.SpaceStationChaserId)],
            [nameof(DockingEvent.FlightVehicleChaser), nameof(DockingEvent.PayloadFlightChaser), nameof(DockingEvent.SpaceStationChaser)])
        .Field<DockingEvent>(
            "target",
            context => Party(context, Source(context).FlightVehicleTargetId, Source(context).FlightVehicleTarget, Source(context).PayloadFlightTargetId, Source(context).PayloadFlightTarget, Source(context).SpaceStationTargetId, Source(context).SpaceStationTarget),
            [nameof(DockingEvent.FlightVehicleTargetId), nameof(DockingEvent.PayloadFlightTargetId), nameof(DockingEvent.SpaceStationTargetId)],
            [nameof(DockingEvent.FlightVehicleTarget), nameof(DockingEvent.PayloadFlightTarget), nameof(DockingEvent.SpaceStationTarget)]);

    private static DockingEvent Source(IResolveFieldContext context) => (DockingEvent)context.Source!;

    /// <summary>
    /// LL2 sets exactly one of the three; should it ever set more, the flight comes first. A party
    /// that a page joined in is on the event already; otherwise it is loaded by key.
    /// </summary>
    private static object? Party(IResolveFieldContext context, int? spacecraftFlight, SpacecraftFlight? joinedFlight, int? payloadFlight, PayloadFlight? joinedPayload, int? spaceStation, SpaceStation? joinedStation) =>
        (spacecraftFlight, payloadFlight, spaceStation) switch
        {
            ({ } id, _, _) => (object?)joinedFlight ?? ModelLoaders.Of(context).Record<SpacecraftFlight>(context, id),
            (_, { } id, _) => (object?)joinedPayload ?? ModelLoaders.Of(context).Record<PayloadFlight>(context, id),
            (_, _, { } id) => (object?)joinedStation ?? ModelLoaders.Of(context).Record<SpaceStation>(context, id),
            _ => null,
        };
}
