namespace DockingGraph.Changes;

/// <summary>Configuration section <c>ChangeFeed</c>: how commits reach every instance (<see cref="CommittedChanges"/>).</summary>
public sealed class ChangeFeedOptions
{
    public const string Section = "ChangeFeed";

    /// <summary>How long a failed read of the store's changes waits before it is tried again, and the shortest wait before PostgreSQL's listener reconnects.</summary>
    public TimeSpan CatchUpRetry { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between the listener's attempts to reconnect (each failure doubles the wait up to it).</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How many data versions of changes the store keeps for instances catching up; older ones are deleted as commits land.</summary>
    public int RetainedVersions { get; set; } = 10_000;

    public static readonly IReadOnlyList<(Func<ChangeFeedOptions, bool> Holds, string Failure)> Checks =
    [
        (o => o.CatchUpRetry > TimeSpan.Zero && o.MaxReconnectDelay >= o.CatchUpRetry, "ChangeFeed:CatchUpRetry must be a positive duration, and ChangeFeed:MaxReconnectDelay at least as long"),
        (o => o.RetainedVersions >= 1, "ChangeFeed:RetainedVersions must be 1 or more"),
    ];
}
