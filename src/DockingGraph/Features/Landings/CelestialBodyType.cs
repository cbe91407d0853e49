namespace DockingGraph.Features.Landings;

public sealed class CelestialBodyType : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }
}
