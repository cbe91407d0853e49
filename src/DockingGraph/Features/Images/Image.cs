namespace DockingGraph.Features.Images;

public sealed class Image : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public string? ImageUrl { get; set; }

    public string? ThumbnailUrl { get; set; }

    public string? Credit { get; set; }

    public int? LicenseId { get; set; }

    public ImageLicense? License { get; set; }

    public bool? SingleUse { get; set; }

    public List<ImageVariant> Variants { get => field ??= []; set; }
}
