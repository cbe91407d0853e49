namespace DockingGraph.Bench;

/// <summary>
/// The red-team run's choices: which build of the gateway (<c>--gateway PATH/DockingGraph.dll</c>, a
/// published baseline; by default the repository's Release build), which stores
/// (<c>--store sqlite|postgresql|both</c>), which attacks (<c>--classes 1,3,14</c>: their class
/// numbers; all by default) and the report's name under bench/results.
/// </summary>
public sealed record RedTeamOptions(string? GatewayDll, IReadOnlyList<string> Stores, IReadOnlySet<string>? Classes, string ResultName)
{
    public static RedTeamOptions Parse(IReadOnlyList<string> args)
    {
        var options = new RedTeamOptions(null, ["sqlite", "postgresql"], null, "redteam.md");
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            options = args[i] switch
            {
                "--gateway" => options with { GatewayDll = Path.GetFullPath(args[i + 1]) },
                "--store" => options with
                {
                    Stores = args[i + 1] switch
                    {
                        "sqlite" => ["sqlite"],
                        "postgresql" => ["postgresql"],
                        "both" => ["sqlite", "postgresql"],
                        _ => throw new ArgumentException("--store is sqlite, postgresql or both"),
                    },
                },
                "--classes" => options with { Classes = args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal) },
                "--result" => options with { ResultName = args[i + 1] },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return args.Count % 2 != 0
            ? throw new ArgumentException($"option {args[^1]} has no value")
            : options.GatewayDll is { } dll && !File.Exists(dll) ? throw new ArgumentException($"no gateway at {dll}") : options;
    }

    /// <summary>Whether the run includes the attack of class <paramref name="number"/>.</summary>
    public bool Includes(string number) => Classes is null || Classes.Contains(number);
}
