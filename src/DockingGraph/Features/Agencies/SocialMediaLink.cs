namespace DockingGraph.Features.Agencies;

public sealed class SocialMediaLink : Ll2Record
{
    public int Id { get; set; }

    public int? AgencyId { get; set; }

    public int Position { get; set; }

    public int? SocialMediaId { get; set; }

    public SocialMedia? SocialMedia { get; set; }

    public string? Url { get; set; }
}
