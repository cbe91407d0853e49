namespace DockingGraph.Features.SpacecraftCatalog;

public sealed class SpacecraftConfiguration : Ll2Record
{
    public int Id { get; set; }

    public string? Url { get; set; }

    public string? Name { get; set; }

    public int? TypeId { get; set; }

    public SpacecraftConfigurationType? Type { get; set; }

    public int? AgencyId { get; set; }

    public Agency? Agency { get; set; }

    public List<SpacecraftConfigurationFamily> Family { get => field ??= []; set; }

    public bool? InUse { get; set; }

    public int? ImageId { get; set; }

    public Image? Image { get; set; }

    public string? ImageUrl { get; set; }

    /// <summary><see cref="Name"/> upper-cased (all of Unicode), for search in the database; follows Name, never set on its own.</summary>
    public string? NameSearch
    {
        get => Name?.ToUpperInvariant();
        private set { }
    }
}
