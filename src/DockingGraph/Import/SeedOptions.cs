namespace DockingGraph.Import;

/// <summary>Configuration section <c>Seed</c>: the first-start import into a store without docking events.</summary>
public sealed class SeedOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Files or a folder of LL2 bodies; the recorded responses shipped with the gateway unless set.</summary>
    public string? Path { get; set; }
}
