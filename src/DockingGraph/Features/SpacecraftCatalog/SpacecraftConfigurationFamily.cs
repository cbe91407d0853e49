namespace DockingGraph.Features.SpacecraftCatalog;

/// <summary>One position in the ordered list <c>SpacecraftConfiguration</c> → <c>SpacecraftFamily</c>, as LL2 gave it.</summary>
public sealed class SpacecraftConfigurationFamily : ListEntry<SpacecraftFamily>
{
    public int SpacecraftConfigurationId { get; set; }
}
