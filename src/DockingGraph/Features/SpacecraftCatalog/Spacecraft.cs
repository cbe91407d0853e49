namespace DockingGraph.Features.SpacecraftCatalog;

public sealed class Spacecraft : Ll2Record
{
    public int Id { get; set; }

    public string? Url { get; set; }

    public string? Name { get; set; }

    public string? SerialNumber { get; set; }

    public bool? IsPlaceholder { get; set; }

    public int? ImageId { get; set; }

    public Image? Image { get; set; }

    public bool? InSpace { get; set; }

    public TimeSpan? TimeInSpace { get; set; }

    public TimeSpan? TimeDocked { get; set; }

    public int? FlightsCount { get; set; }

    public int? MissionEndsCount { get; set; }

    public int? StatusId { get; set; }

    public SpacecraftStatus? Status { get; set; }

    public string? Description { get; set; }

    public int? SpacecraftConfigId { get; set; }

    public SpacecraftConfiguration? SpacecraftConfig { get; set; }

    public TimeSpan? FastestTurnaround { get; set; }

    /// <summary><see cref="Name"/> upper-cased (all of Unicode), for search in the database; follows Name, never set on its own.</summary>
    public string? NameSearch
    {
        get => Name?.ToUpperInvariant();
        private set { }
    }
}
