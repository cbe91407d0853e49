namespace DockingGraph.Features.Programs;

public sealed class ProgramType : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }
}
