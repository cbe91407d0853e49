namespace DockingGraph.Storage;

/// <summary>
/// One position in an ordered list of records that LL2 gives inside another record
/// (an agency's countries, a launch's programs). Lists keep LL2's order.
/// </summary>
public abstract class ListEntry<TItem>
    where TItem : class
{
    public int Position { get; set; }

    public int ItemId { get; set; }

    public TItem? Item { get; set; }
}
