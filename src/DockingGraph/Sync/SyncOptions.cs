namespace DockingGraph.Sync;

/// <summary>Configuration section <c>Sync</c>: the server's scheduled sync from LL2 (off unless <see cref="Interval"/> is set).</summary>
public sealed class SyncOptions
{
    public const string DefaultSource = "https://ll.thespacedevs.com/2.3.0/docking_events/";

    public TimeSpan? Interval { get; set; }

    public string Source { get; set; } = DefaultSource;
}
