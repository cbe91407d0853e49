namespace DockingGraph.Features.Launches;

public sealed class LaunchStatus : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public string? Abbrev { get; set; }

    public string? Description { get; set; }
}
