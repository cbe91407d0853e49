namespace DockingGraph.Features.Launches;

/// <summary>One position in the ordered list <c>Pad</c> → <c>Agency</c>, as LL2 gave it.</summary>
public sealed class PadAgency : ListEntry<Agency>
{
    public int PadId { get; set; }
}
