namespace DockingGraph.Features.Launches;

/// <summary>One position in the ordered list <c>Launch</c> → <c>SpaceProgram</c>, as LL2 gave it.</summary>
public sealed class LaunchProgram : ListEntry<SpaceProgram>
{
    public string LaunchId { get; set; } = "";
}
