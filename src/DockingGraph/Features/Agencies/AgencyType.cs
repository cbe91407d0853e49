namespace DockingGraph.Features.Agencies;

public sealed class AgencyType : Ll2Record, INameKeyedRecord
{
    /// <summary>Our own key: 2.2.0 names an agency type without its LL2 id.</summary>
    public int Key { get; set; }

    public int? Id { get; set; }

    public string? Name { get; set; }
}
