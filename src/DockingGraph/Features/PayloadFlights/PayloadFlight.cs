namespace DockingGraph.Features.PayloadFlights;

public sealed class PayloadFlight : Ll2Record
{
    public int Id { get; set; }

    public string? Url { get; set; }

    public string? Destination { get; set; }

    public int? Amount { get; set; }

    public int? PayloadId { get; set; }

    public Payload? Payload { get; set; }

    public string? LaunchId { get; set; }

    public Launch? Launch { get; set; }

    public int? LandingId { get; set; }

    public Landing? Landing { get; set; }

    /// <summary>The sides of docking events this flight took (not an LL2 field: the graph's <c>dockingEvents</c>).</summary>
    public List<DockingEventParty> DockingParties { get => field ??= []; set; }
}
