namespace DockingGraph.Features.Landings;

public sealed class LandingLocation : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public bool? Active { get; set; }

    public string? Abbrev { get; set; }

    public string? Description { get; set; }

    public int? LocationId { get; set; }

    public Location? Location { get; set; }

    public double? Longitude { get; set; }

    public double? Latitude { get; set; }

    public int? ImageId { get; set; }

    public Image? Image { get; set; }

    public int? SuccessfulLandings { get; set; }

    public int? AttemptedLandings { get; set; }

    public int? FailedLandings { get; set; }

    public int? CelestialBodyId { get; set; }

    public CelestialBody? CelestialBody { get; set; }
}
