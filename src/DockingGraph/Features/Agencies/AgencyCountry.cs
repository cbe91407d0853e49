namespace DockingGraph.Features.Agencies;

/// <summary>One position in the ordered list <c>Agency</c> → <c>Country</c>, as LL2 gave it.</summary>
public sealed class AgencyCountry : ListEntry<Country>
{
    public int AgencyId { get; set; }
}
