namespace DockingGraph.Features.Images;

public sealed class ImageVariant : Ll2Record
{
    public int Id { get; set; }

    public int? ImageId { get; set; }

    public int Position { get; set; }

    public int? TypeId { get; set; }

    public ImageVariantType? Type { get; set; }

    public string? ImageUrl { get; set; }
}
