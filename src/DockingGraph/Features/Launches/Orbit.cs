namespace DockingGraph.Features.Launches;

public sealed class Orbit : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public string? Abbrev { get; set; }

    public int? CelestialBodyId { get; set; }

    public CelestialBody? CelestialBody { get; set; }
}
