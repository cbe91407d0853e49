using DockingGraph.Bench;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Live;

/// <summary>
/// The hostile WebSocket clients of the red-team run (class 17, <see cref="WebSocketAttacks"/>), a
/// few connections each, against a gateway process, where a stack overflow or a runaway
/// allocation ends the process and fails the test instead of ending the test run: each connection
/// is closed with the protocol's code for what it sent or answered with the document's error, and
/// the process serves a query over HTTP and over the socket after them.
/// </summary>
public sealed class WebSocketInputProcessTests
{
    [Fact]
    public async Task A_gateway_process_closes_each_hostile_connection_with_its_code_and_serves_after_them()
    {
        await using var process = await GatewayProcessClient.StartAsync("--Live:ConnectionInitTimeout=00:00:01");

        Assert.Equal(["closed 4408"], await LabelsAsync(process, run => WebSocketAttacks.NeverInitialisedAsync(run, 20)));
        Assert.Equal(["closed 4400"], await LabelsAsync(process, run => WebSocketAttacks.GarbageAsync(run, 10)));
        Assert.Equal(["closed 4400"], await LabelsAsync(process, run => WebSocketAttacks.DeepJsonAsync(run, 10, 30_000)));
        Assert.Subset(new HashSet<string> { "closed 1007", "connection lost" }, (await LabelsAsync(process, run => WebSocketAttacks.InvalidTextAsync(run, 10))).ToHashSet());
        Assert.Equal(["closed 1009"], await LabelsAsync(process, run => WebSocketAttacks.FragmentedAsync(run, 5, 1024 * 1024)));
        Assert.Equal(["closed 1009"], await LabelsAsync(process, run => WebSocketAttacks.OversizedFrameAsync(run, 5, 1L << 30, 1024 * 1024)));
        Assert.Equal(["error SUBSCRIPTION_LIMIT_EXCEEDED"], await LabelsAsync(process, run => WebSocketAttacks.SubscribeFloodAsync(run, 150)));

        using var documents = new AttackRun(process.Address);
        await WebSocketAttacks.DocumentsAsync(documents, [RedTeamAttacks.FragmentChain(60, 30), RedTeamAttacks.IntrospectionWalk(8, 6, cyclic: false), RedTeamAttacks.IntrospectionWalk(8, 6, cyclic: true), "{ dockingEvents(first: 1) { totalCount } }"]);
        Assert.Equal(["error MAX_EXECUTION_DEPTH_EXCEEDED", "error KNOWN_FRAGMENT_NAMES", "error NO_FRAGMENT_CYCLES", "next data"], documents.Answers.Select(a => a.Label));

        Assert.False(process.HasExited);
        Assert.Equal("Query", (await process.PostAsync("{ __typename }")).GetProperty("data").GetProperty("__typename").GetString());
    }

    /// <summary>The distinct answers one attack got.</summary>
    private static async Task<string[]> LabelsAsync(GatewayProcessClient process, Func<AttackRun, Task> attack)
    {
        using var run = new AttackRun(process.Address);
        await attack(run);
        return [.. run.Answers.Select(a => a.Label).Distinct()];
    }
}
