namespace DockingGraph.Features.SpacecraftCatalog;

public sealed class SpacecraftStatus : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }
}
