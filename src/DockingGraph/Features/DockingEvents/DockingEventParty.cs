namespace DockingGraph.Features.DockingEvents;

/// <summary>
/// One side of a docking event, its chaser or its target, by the kind of party. A view over
/// <c>DockingEvents</c> (two rows per event), so that "the docking events of this station, as
/// chaser or target" is one relation that the database can page per station in one statement.
/// </summary>
public sealed class DockingEventParty
{
    public const string Chaser = "chaser";
    public const string Target = "target";

    public int DockingEventId { get; set; }

    /// <summary><see cref="Chaser"/> or <see cref="Target"/>.</summary>
    public string Role { get; set; } = "";

    public int? SpacecraftFlightId { get; set; }

    public int? PayloadFlightId { get; set; }

    public int? SpaceStationId { get; set; }

    public DockingEvent? DockingEvent { get; set; }
}
