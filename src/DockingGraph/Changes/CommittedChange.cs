
namespace DockingGraph.Changes;

/// <summary>A docking event one commit created or changed.</summary>
public readonly record struct CommittedChange(int DockingEventId, DockingEventChangeKind Kind);

/// <summary>What one commit changed: the data version it reached, and its changes in the order it met them.</summary>
public sealed record CommittedBatch(long Version, IReadOnlyList<CommittedChange> Changes);

/// <summary>
/// The news of a commit, as one instance tells the others: the stamp it reached and, when they fit
/// in a notice, its changes (null: read them from the store). A notice with neither (a stamp read
/// from the store) asks for whatever the store holds past what was delivered.
/// </summary>
public sealed record ChangeNotice(DataVersionStamp Stamp, IReadOnlyList<CommittedChange>? Changes);
