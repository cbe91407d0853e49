namespace DockingGraph.Features.Landings;

public sealed class Landing : Ll2Record
{
    public int Id { get; set; }

    public string? Url { get; set; }

    public bool? Attempt { get; set; }

    public bool? Success { get; set; }

    public string? Description { get; set; }

    public double? DownrangeDistance { get; set; }

    public int? LandingLocationId { get; set; }

    public LandingLocation? LandingLocation { get; set; }

    public int? TypeId { get; set; }

    public LandingType? Type { get; set; }
}
