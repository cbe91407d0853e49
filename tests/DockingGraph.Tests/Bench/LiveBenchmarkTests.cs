using DockingGraph.Bench;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Bench;

/// <summary>
/// The live benchmark runs end to end on a few subscribers and one small import, so it cannot rot:
/// every subscriber gets every event of the import (the run waits for that, or fails), and the
/// report has its row. It asserts what is deterministic (the row's shape), never a time.
/// </summary>
[Collection(ReleaseBuild.Name)]
public sealed class LiveBenchmarkTests : IDisposable
{
    private readonly string result = Path.Combine(Path.GetTempPath(), $"dockinggraph-live-{Guid.NewGuid():N}.md");

    [SkippableFact]
    public async Task The_live_benchmark_delivers_every_import_to_every_subscriber_and_reports_the_times()
    {
        Stores.SkipWithout(DockingGraph.Storage.StoreProvider.PostgreSQL);

        var exit = await LiveBenchmark.RunAsync(LiveBenchOptions.Parse(["--subscribers", "20", "--documents", "3", "--events", "3", "--rounds", "1", "--result", result]));

        var report = await File.ReadAllTextAsync(result);
        Assert.True(exit == 0, report);
        var row = Assert.Single(report.Split('\n'), line => line.StartsWith("| 20 |", StringComparison.Ordinal));
        var cells = row.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal(["3", "3"], cells[1..3]);
        Assert.All(cells[3..6], c => Assert.EndsWith(" ms", c, StringComparison.Ordinal));
        Assert.EndsWith(" KB", cells[7], StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(result);
}
