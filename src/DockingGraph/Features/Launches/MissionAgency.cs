namespace DockingGraph.Features.Launches;

/// <summary>One position in the ordered list <c>Mission</c> → <c>Agency</c>, as LL2 gave it.</summary>
public sealed class MissionAgency : ListEntry<Agency>
{
    public int MissionId { get; set; }
}
