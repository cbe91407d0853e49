namespace DockingGraph.Import;

/// <summary>How far an import has come: reported after each chunk, and once at the end.</summary>
/// <param name="BytesRead">How much of the input has been read; of <paramref name="BytesTotal"/>, when that is known.</param>
public readonly record struct ImportProgress(long Events, long BytesRead, long? BytesTotal, TimeSpan Elapsed, bool IsDone = false)
{
    public double EventsPerSecond => Elapsed > TimeSpan.Zero ? Events / Elapsed.TotalSeconds : 0;
}
