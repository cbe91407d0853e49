namespace DockingGraph.Features.Images;

public sealed class ImageLicense : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public int? Priority { get; set; }

    public string? Link { get; set; }
}
