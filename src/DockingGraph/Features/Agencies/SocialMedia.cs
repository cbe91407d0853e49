namespace DockingGraph.Features.Agencies;

public sealed class SocialMedia : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public string? Url { get; set; }

    public int? LogoId { get; set; }

    public Image? Logo { get; set; }
}
