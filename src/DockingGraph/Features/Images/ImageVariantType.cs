namespace DockingGraph.Features.Images;

public sealed class ImageVariantType : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }
}
