using DockingGraph.Bench;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Bench;

/// <summary>
/// The live benchmark runs end to end on a few subscribers and one small import, so it cannot rot:
/// every subscriber of the gateway and of PostGraphile 4 (the peer) gets every event of the import
/// without an error (the run waits for that, or fails), and the report has a row for each and their
/// ratios. It asserts what is deterministic (the rows' shape), never a time.
/// </summary>
[Collection(ReleaseBuild.Name)]
public sealed class LiveBenchmarkTests : IDisposable
{
    private readonly string result = Path.Combine(Path.GetTempPath(), $"dockinggraph-live-{Guid.NewGuid():N}.md");

    [SkippableFact]
    public async Task The_live_benchmark_delivers_every_import_to_every_subscriber_of_both_servers_and_reports_the_ratios()
    {
        Stores.SkipWithout(DockingGraph.Storage.StoreProvider.PostgreSQL);

        var exit = await LiveBenchmark.RunAsync(LiveBenchOptions.Parse(["--subscribers", "20", "--documents", "3", "--events", "3", "--rounds", "1", "--result", result]));

        var report = await File.ReadAllTextAsync(result);
        Assert.True(exit == 0, report);
        var rows = report.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal) && line.Contains("| 20 |", StringComparison.Ordinal))
            .Select(row => row.Trim('|').Split('|').Select(c => c.Trim()).ToArray()).ToList();
        Assert.Equal(["DockingGraph", "PostGraphile 4.14.1"], rows.Select(r => r[0]));
        Assert.Equal(["20", "3", "3"], rows[0][1..4]);
        Assert.Equal(["20", "-", "3"], rows[1][1..4]);
        Assert.All(rows, r => Assert.All(r[4..7], c => Assert.EndsWith(" ms", c, StringComparison.Ordinal)));
        Assert.All(rows, r => Assert.EndsWith(" KB", r[9], StringComparison.Ordinal));
        Assert.Contains("- DockingGraph over PostGraphile 4.14.1, the same run (lower is better): commit to last message p50 ", report, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(result);
}
