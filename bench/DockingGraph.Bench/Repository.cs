namespace DockingGraph.Bench;

/// <summary>The repository the benchmark runs from, and the gateway's Release build in it.</summary>
public static class Repository
{
    public static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DockingGraph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("DockingGraph.sln not found above the benchmark");
    }

    public static async Task BuildGatewayAsync(string repository)
    {
        Console.Error.WriteLine("building the gateway (Release)...");
        await BenchProcess.RunAsync("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", Path.Combine(repository, "src", "DockingGraph", "DockingGraph.csproj")]);
    }

    public static string GatewayDll(string repository) =>
        Path.Combine(repository, "src", "DockingGraph", "bin", "Release", "net10.0", "DockingGraph.dll");

    /// <summary>Prints a benchmark's report and keeps it as bench/results/<paramref name="name"/>.</summary>
    public static async Task WriteResultAsync(string repository, string name, string report)
    {
        Console.WriteLine(report);
        var results = Path.Combine(repository, "bench", "results");
        Directory.CreateDirectory(results);
        await File.WriteAllTextAsync(Path.Combine(results, name), report);
        Console.Error.WriteLine($"written to {Path.Combine(results, name)}");
    }
}
