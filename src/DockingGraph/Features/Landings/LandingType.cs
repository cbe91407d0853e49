namespace DockingGraph.Features.Landings;

public sealed class LandingType : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public string? Abbrev { get; set; }

    public string? Description { get; set; }
}
