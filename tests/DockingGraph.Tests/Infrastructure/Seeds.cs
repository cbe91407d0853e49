namespace DockingGraph.Tests.Infrastructure;

/// <summary>The recorded LL2 responses the gateway ships (<c>data/ll2</c>).</summary>
public static class Seeds
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "data", "ll2");

    public static string File(string prefix) =>
        System.IO.Directory.EnumerateFiles(Directory, $"{prefix}_*.json").Single();

    public static IEnumerable<string> All => System.IO.Directory.EnumerateFiles(Directory, "*.json").Order(StringComparer.Ordinal);
}
