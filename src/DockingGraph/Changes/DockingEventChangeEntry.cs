namespace DockingGraph.Changes;

/// <summary>
/// One docking event an import or sync page created or changed, kept under the data version its
/// commit reached, in the order the commit met them: what live subscribers are sent, and what an
/// instance that missed a notice reads to catch up. Written in the committing transaction, so a
/// rolled-back import leaves none.
/// </summary>
public sealed class DockingEventChangeEntry
{
    /// <summary>The data version the commit reached (<see cref="Storage.DataVersion.Version"/>).</summary>
    public long Version { get; set; }

    /// <summary>Its place among the commit's changes, from 0.</summary>
    public int Position { get; set; }

    public int DockingEventId { get; set; }

    public DockingEventChangeKind Kind { get; set; }
}

/// <summary>What happened to a docking event in a commit.</summary>
public enum DockingEventChangeKind
{
    /// <summary>The store did not hold it before.</summary>
    Created = 1,

    /// <summary>The store held it, and the commit changed its values or its LL2 body.</summary>
    Updated = 2,
}
