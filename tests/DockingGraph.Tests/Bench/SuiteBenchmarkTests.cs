using DockingGraph.Bench;
using DockingGraph.Bench.Floor;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Bench;

/// <summary>
/// The performance suite runs end to end on 50 events with one short round (a fifth of a second:
/// each connection sends at least one request however short the round), so it cannot rot:
/// every scenario answers without a failure on both stores, PostGraphile 4 answers the same events
/// beside the gateway on PostgreSQL, the hand-written floor on both, and the report has its rows and
/// ratios. PostGraphile 5 (Node 22) and HotChocolate (built from source) are left out, and the report
/// says so. It asserts what is deterministic (rows, statement counts, notes), never a time.
/// </summary>
[Collection(ReleaseBuild.Name)]
public sealed class SuiteBenchmarkTests : IDisposable
{
    private readonly string result = Path.Combine(Path.GetTempPath(), $"dockinggraph-suite-{Guid.NewGuid():N}.md");
    private readonly string hotChocolateBuild = Path.Combine(Path.GetTempPath(), $"dockinggraph-suite-hotchocolate-{Guid.NewGuid():N}");

    [SkippableFact]
    public async Task The_suite_runs_every_scenario_on_both_stores_beside_PostGraphile_and_says_which_peers_it_left_out()
    {
        Stores.SkipWithout(DockingGraph.Storage.StoreProvider.PostgreSQL);

        var exit = await SuiteBenchmark.RunAsync(SuiteOptions.Parse(["--events", "50", "--seconds", "0.2", "--rounds", "1", "--connections", "2", "--warm-up", "0", "--peers", "postgraphile4,hotchocolate", "--hotchocolate-build", hotChocolateBuild, "--result", result]));

        var report = await File.ReadAllTextAsync(result);
        Assert.True(exit == 0, report);
        Assert.Contains("| memory | vs PostGraphile 4 | vs PostGraphile 5 | vs HotChocolate | vs floor |", report, StringComparison.Ordinal);
        var rows = report.Split('\n').Where(line => line.StartsWith("| SQLite |", StringComparison.Ordinal) || line.StartsWith("| PostgreSQL |", StringComparison.Ordinal)).Select(Cells).ToList();
        foreach (var store in new[] { "SQLite", "PostgreSQL" })
        {
            Assert.Equal(Scenario.All.Select(s => s.Name), rows.Where(r => r[0] == store && r[2] == "DockingGraph").Select(r => r[1]));
        }

        Assert.Equal(Scenario.All.Where(s => s.PeerQueries.ContainsKey(Peer.PostGraphile4)).Select(s => s.Name), rows.Where(r => r[2] == "PostGraphile 4.14.1").Select(r => r[1]));
        Assert.DoesNotContain(rows, r => r[2] == "PostGraphile 5.1.5" || r[2] == "HotChocolate v12 preview");
        Assert.Contains($"- HotChocolate v12 preview skipped: not built in {hotChocolateBuild} (`--hotchocolate-git DIR` builds it there", report, StringComparison.Ordinal);
        Assert.Contains("- PostGraphile 5.1.5 not run: not in `--peers`.", report, StringComparison.Ordinal);
        foreach (var store in new[] { "SQLite", "PostgreSQL" })
        {
            Assert.Equal(Scenario.All.Where(FloorServer.Serves).Select(s => s.Name), rows.Where(r => r[0] == store && r[2] == FloorServer.Name).Select(r => r[1]));
        }

        // The nested page: the page with its to-one chain joined in, and its count.
        Assert.Equal("2.0", rows.Single(r => r[0] == "SQLite" && r[2] == "DockingGraph" && r[1].StartsWith("nested page", StringComparison.Ordinal))[7]);
        Assert.Equal("0.0", rows.Single(r => r[0] == "SQLite" && r[1] == "introspection")[7]);
        Assert.All(rows.Where(r => r[2] == "DockingGraph" && r[0] == "PostgreSQL" && r[1].StartsWith("nested page", StringComparison.Ordinal)), r => Assert.EndsWith("x", r[11], StringComparison.Ordinal));
        Assert.All(rows, r => Assert.EndsWith(" ms", r[9], StringComparison.Ordinal));

        // The LL2 mirror's page beside the graph asked the same fields, on both stores, with its ratio.
        Assert.Equal(2, rows.Count(r => r[2] == "LL2 mirror"));
        Assert.Contains("the LL2 mirror at ", report, StringComparison.Ordinal);

        // The floor's page: the page, its count, and one statement per record type; the gateway's ratio to it on both stores.
        Assert.Equal("8.0", rows.Single(r => r[0] == "SQLite" && r[2] == FloorServer.Name && r[1].StartsWith("nested page", StringComparison.Ordinal))[7]);
        Assert.All(rows.Where(r => r[2] == "DockingGraph" && r[1].StartsWith("nested page", StringComparison.Ordinal)), r => Assert.EndsWith("x", r[14], StringComparison.Ordinal));
    }

    public void Dispose() => File.Delete(result);

    private static string[] Cells(string row) => [.. row.Trim().Trim('|').Split('|').Select(cell => cell.Trim())];
}
