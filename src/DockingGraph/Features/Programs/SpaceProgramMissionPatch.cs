namespace DockingGraph.Features.Programs;

/// <summary>One position in the ordered list <c>SpaceProgram</c> → <c>MissionPatch</c>, as LL2 gave it.</summary>
public sealed class SpaceProgramMissionPatch : ListEntry<MissionPatch>
{
    public int SpaceProgramId { get; set; }
}
