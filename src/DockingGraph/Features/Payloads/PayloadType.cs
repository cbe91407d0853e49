namespace DockingGraph.Features.Payloads;

public sealed class PayloadType : Ll2Record
{
    public int Id { get; set; }

    public string? Name { get; set; }
}
