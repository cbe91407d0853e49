namespace DockingGraph.Sync;

/// <summary>How far a sync from the LL2 API has come: where it resumes, and when it last finished.</summary>
public sealed class SyncState
{
    /// <summary>The list endpoint the sync reads, as it was started (with its <c>mode</c> and <c>limit</c>).</summary>
    public string Source { get; set; } = "";

    /// <summary>The next page to read; null once the last page is applied.</summary>
    public string? NextUrl { get; set; }

    public int PagesApplied { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime? LastPageAt { get; set; }

    public DateTime? CompletedAt { get; set; }
}
