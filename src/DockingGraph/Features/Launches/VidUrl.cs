namespace DockingGraph.Features.Launches;

public sealed class VidUrl : Ll2Record
{
    public int MissionId { get; set; }

    public int Position { get; set; }

    public int? Priority { get; set; }

    public string? Source { get; set; }

    public string? Publisher { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? FeatureImage { get; set; }

    public string? Url { get; set; }

    public int? TypeId { get; set; }

    public VidUrlType? Type { get; set; }

    public int? LanguageId { get; set; }

    public Language? Language { get; set; }

    public DateTime? StartTime { get; set; }

    public DateTime? EndTime { get; set; }

    public bool? Live { get; set; }
}
