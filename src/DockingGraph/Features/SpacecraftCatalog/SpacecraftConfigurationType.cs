namespace DockingGraph.Features.SpacecraftCatalog;

public sealed class SpacecraftConfigurationType : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }
}
