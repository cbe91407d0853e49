namespace DockingGraph.Storage;

/// <summary>
/// The highest-ranked LL2 JSON seen for one record, so a field we do not model yet is not lost.
/// Kept apart from the record's own table so that reading a record never reads its source.
/// </summary>
public sealed class SourceDocument
{
    /// <summary>The record's type name (<c>DockingEvent</c>, <c>Agency</c>, ...).</summary>
    public string Kind { get; set; } = "";

    /// <summary>The record's LL2 id as text (launch ids are UUIDs).</summary>
    public string RecordId { get; set; } = "";

    public FormRank Rank { get; set; }

    public string Json { get; set; } = "";
}
