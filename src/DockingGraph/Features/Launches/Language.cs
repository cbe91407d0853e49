namespace DockingGraph.Features.Launches;

public sealed class Language : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public string? Code { get; set; }
}
