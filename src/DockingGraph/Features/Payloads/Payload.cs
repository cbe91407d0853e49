namespace DockingGraph.Features.Payloads;

public sealed class Payload : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public int? TypeId { get; set; }

    public PayloadType? Type { get; set; }

    public int? ManufacturerId { get; set; }

    public Agency? Manufacturer { get; set; }

    public int? OperatorId { get; set; }

    public Agency? Operator { get; set; }

    public int? ImageId { get; set; }

    public Image? Image { get; set; }

    public string? WikiLink { get; set; }

    public string? InfoLink { get; set; }

    public List<PayloadProgram> Program { get => field ??= []; set; }

    public double? Cost { get; set; }

    public double? Mass { get; set; }

    public string? Description { get; set; }

    /// <summary><see cref="Name"/> upper-cased (all of Unicode), for search in the database; follows Name, never set on its own.</summary>
    public string? NameSearch
    {
        get => Name?.ToUpperInvariant();
        private set { }
    }
}
