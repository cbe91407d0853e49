namespace DockingGraph.Features.Programs;

/// <summary>One position in the ordered list <c>SpaceProgram</c> → <c>Agency</c>, as LL2 gave it.</summary>
public sealed class SpaceProgramAgency : ListEntry<Agency>
{
    public int SpaceProgramId { get; set; }
}
