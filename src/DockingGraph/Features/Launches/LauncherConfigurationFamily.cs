namespace DockingGraph.Features.Launches;

/// <summary>One position in the ordered list <c>LauncherConfiguration</c> → <c>LauncherFamily</c>, as LL2 gave it.</summary>
public sealed class LauncherConfigurationFamily : ListEntry<LauncherFamily>
{
    public int LauncherConfigurationId { get; set; }
}
