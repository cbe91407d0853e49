namespace DockingGraph.Import;

/// <summary>Configuration section <c>Import</c>: how an import works through its input.</summary>
public sealed class ImportOptions
{
    /// <summary>
    /// Events merged and written together. Each chunk costs one query per type it mentions, and
    /// memory for its events and records: at 100 the queries are a small share of the time and
    /// the memory stays well under 500 MB (measured in bench/results/import.md); 250 is a few
    /// percent faster and needs half as much memory again.
    /// </summary>
    public int ChunkSize { get; set; } = 100;
}
