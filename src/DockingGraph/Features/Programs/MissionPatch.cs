namespace DockingGraph.Features.Programs;

public sealed class MissionPatch : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public int? Priority { get; set; }

    public string? ImageUrl { get; set; }

    public int? AgencyId { get; set; }

    public Agency? Agency { get; set; }
}
