namespace DockingGraph.Features.Payloads;

/// <summary>One position in the ordered list <c>Payload</c> → <c>SpaceProgram</c>, as LL2 gave it.</summary>
public sealed class PayloadProgram : ListEntry<SpaceProgram>
{
    public int PayloadId { get; set; }
}
