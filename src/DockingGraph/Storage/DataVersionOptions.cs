namespace DockingGraph.Storage;

/// <summary>Configuration section <c>Caching</c>, the store's part: how stale this instance's copy of the data version may be.</summary>
public sealed class DataVersionOptions
{
    public const string Section = "Caching";

    /// <summary>
    /// How often the version is read again (one statement each time): the longest an import or
    /// sync by another instance goes unseen here, answering 304s for what it changed.
    /// </summary>
    public TimeSpan DataVersionRefreshInterval { get; set; } = TimeSpan.FromSeconds(5);

    public static bool IsValid(DataVersionOptions options) =>
        options.DataVersionRefreshInterval >= TimeSpan.FromMilliseconds(1) && options.DataVersionRefreshInterval <= TimeSpan.FromDays(1);
}
