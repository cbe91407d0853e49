namespace DockingGraph.Features.SpaceStations;

public sealed class SpaceStation : Ll2Record
{
    public int Id { get; set; }

    public string? Url { get; set; }

    public string? Name { get; set; }

    public int? ImageId { get; set; }

    public Image? Image { get; set; }

    /// <summary>The sides of docking events this station took (not an LL2 field: the graph's <c>dockingEvents</c>).</summary>
    public List<DockingEventParty> DockingParties { get => field ??= []; set; }

    /// <summary>The docking ports on this station (not an LL2 field: the graph's <c>dockingLocations</c>).</summary>
    public List<DockingLocation> DockingLocations { get => field ??= []; set; }

    /// <summary><see cref="Name"/> upper-cased (all of Unicode), for search in the database; follows Name, never set on its own.</summary>
    public string? NameSearch
    {
        get => Name?.ToUpperInvariant();
        private set { }
    }
}
