namespace DockingGraph.Features.Programs;

public sealed class SpaceProgram : Ll2Record
{
    public int Id { get; set; }

    public string? Url { get; set; }

    public string? Name { get; set; }

    public int? ImageId { get; set; }

    public Image? Image { get; set; }

    public string? InfoUrl { get; set; }

    public string? WikiUrl { get; set; }

    public string? Description { get; set; }

    public List<SpaceProgramAgency> Agencies { get => field ??= []; set; }

    public DateTime? StartDate { get; set; }

    public DateTime? EndDate { get; set; }

    public List<SpaceProgramMissionPatch> MissionPatches { get => field ??= []; set; }

    public int? TypeId { get; set; }

    public ProgramType? Type { get; set; }
}
