namespace DockingGraph.Features.Launches;

public sealed class Pad : Ll2Record
{
    public int Id { get; set; }

    public string? Url { get; set; }

    public bool? Active { get; set; }

    public List<PadAgency> Agencies { get => field ??= []; set; }

    public string? Name { get; set; }

    public int? ImageId { get; set; }

    public Image? Image { get; set; }

    public string? Description { get; set; }

    public string? InfoUrl { get; set; }

    public string? WikiUrl { get; set; }

    public string? MapUrl { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public int? CountryId { get; set; }

    public Country? Country { get; set; }

    public string? MapImage { get; set; }

    public int? TotalLaunchCount { get; set; }

    public int? OrbitalLaunchAttemptCount { get; set; }

    public TimeSpan? FastestTurnaround { get; set; }

    public int? LocationId { get; set; }

    public Location? Location { get; set; }
}
