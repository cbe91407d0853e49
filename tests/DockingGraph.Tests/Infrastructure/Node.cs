using System.Diagnostics;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>Runs a Node.js script of the tests (the GraphQL-over-HTTP audit, the browser test's helpers).</summary>
public static class Node
{
    /// <summary>The tests' own folder in the repository (their node packages are installed there, not next to the binaries).</summary>
    public static string TestsFolder => Path.Combine(PublishedGateway.RepositoryRoot, "tests", "DockingGraph.Tests");

    public static async Task<string> RunAsync(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"node {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
        }

        return await output;
    }
}
