namespace DockingGraph.Features.Launches;

public sealed class Location : Ll2Record
{
    public int Id { get; set; }

    public string? Url { get; set; }

    public string? Name { get; set; }

    public int? CelestialBodyId { get; set; }

    public CelestialBody? CelestialBody { get; set; }

    public bool? Active { get; set; }

    public int? CountryId { get; set; }

    public Country? Country { get; set; }

    public string? Description { get; set; }

    public int? ImageId { get; set; }

    public Image? Image { get; set; }

    public string? MapImage { get; set; }

    public double? Longitude { get; set; }

    public double? Latitude { get; set; }

    public string? TimezoneName { get; set; }

    public int? TotalLaunchCount { get; set; }

    public int? TotalLandingCount { get; set; }
}
