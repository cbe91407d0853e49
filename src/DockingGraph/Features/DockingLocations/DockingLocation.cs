namespace DockingGraph.Features.DockingLocations;

public sealed class DockingLocation : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public int? SpacestationId { get; set; }

    public SpaceStation? Spacestation { get; set; }

    public int? SpacecraftId { get; set; }

    public SpacecraftConfiguration? Spacecraft { get; set; }

    public int? PayloadId { get; set; }

    public Payload? Payload { get; set; }

    /// <summary>The dockings at this port (not an LL2 field: the graph's <c>dockingEvents</c>).</summary>
    public List<DockingEvent> DockingEvents { get => field ??= []; set; }

    /// <summary><see cref="Name"/> upper-cased (all of Unicode), for search in the database; follows Name, never set on its own.</summary>
    public string? NameSearch
    {
        get => Name?.ToUpperInvariant();
        private set { }
    }
}
