namespace DockingGraph.Features.Launches;

public sealed class Mission : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public string? Type { get; set; }

    public string? Description { get; set; }

    public int? ImageId { get; set; }

    public Image? Image { get; set; }

    public int? OrbitId { get; set; }

    public Orbit? Orbit { get; set; }

    public List<MissionAgency> Agencies { get => field ??= []; set; }

    public List<InfoUrl> InfoUrls { get => field ??= []; set; }

    public List<VidUrl> VidUrls { get => field ??= []; set; }
}
