namespace DockingGraph.Features.SpacecraftCatalog;

public sealed class SpacecraftFamily : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public int? ManufacturerId { get; set; }

    public Agency? Manufacturer { get; set; }

    public int? ParentId { get; set; }

    public SpacecraftFamily? Parent { get; set; }

    public DateOnly? MaidenFlight { get; set; }
}
