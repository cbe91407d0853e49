namespace DockingGraph.Features.Launches;

public sealed class InfoUrlType : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }
}
