namespace DockingGraph.Features.Landings;

public sealed class CelestialBody : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public int? TypeId { get; set; }

    public CelestialBodyType? Type { get; set; }

    public double? Diameter { get; set; }

    public double? Mass { get; set; }

    public double? Gravity { get; set; }

    public string? LengthOfDay { get; set; }

    public bool? Atmosphere { get; set; }

    public int? ImageId { get; set; }

    public Image? Image { get; set; }

    public string? Description { get; set; }

    public string? WikiUrl { get; set; }

    public int? TotalAttemptedLaunches { get; set; }

    public int? SuccessfulLaunches { get; set; }

    public int? FailedLaunches { get; set; }

    public int? TotalAttemptedLandings { get; set; }

    public int? SuccessfulLandings { get; set; }

    public int? FailedLandings { get; set; }
}
