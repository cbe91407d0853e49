using System.Globalization;

namespace DockingGraph.Bench;

/// <summary>Which input sizes the import benchmark runs, into which stores.</summary>
public sealed record ImportOptions(IReadOnlyList<int> Sizes, IReadOnlyList<string> Stores)
{
    public static ImportOptions Parse(IReadOnlyList<string> args)
    {
        var options = new ImportOptions([1_000, 10_000, 100_000], ["sqlite", "postgresql"]);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList() },
                "--stores" => options with { Stores = args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
