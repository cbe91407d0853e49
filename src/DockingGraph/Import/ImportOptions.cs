namespace DockingGraph.Import;

/// <summary>Configuration section <c>Import</c>: how an import works through its input.</summary>
public sealed class ImportOptions
{
    /// <summary>
    /// Events merged and written together. Each chunk costs one query per type it mentions and
    /// memory for its events, so a few hundred keeps both small.
    /// </summary>
    public int ChunkSize { get; set; } = 250;
}
