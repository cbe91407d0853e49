namespace DockingGraph.Features.SpaceStations;

public sealed class SpaceStation : Ll2Record
{
    public int Id { get; set; }

    public string? Url { get; set; }

    public string? Name { get; set; }

    public int? ImageId { get; set; }

    public Image? Image { get; set; }
}
