namespace DockingGraph.Features.SpacecraftFlights;

public sealed class SpacecraftFlight : Ll2Record
{
    public int Id { get; set; }

    public string? Url { get; set; }

    public string? Destination { get; set; }

    public DateTime? MissionEnd { get; set; }

    public int? SpacecraftId { get; set; }

    public Spacecraft? Spacecraft { get; set; }

    public string? LaunchId { get; set; }

    public Launch? Launch { get; set; }

    public int? LandingId { get; set; }

    public Landing? Landing { get; set; }

    public TimeSpan? Duration { get; set; }

    public TimeSpan? TurnAroundTime { get; set; }

    /// <summary>The sides of docking events this flight took (not an LL2 field: the graph's <c>dockingEvents</c>).</summary>
    public List<DockingEventParty> DockingParties { get => field ??= []; set; }
}
