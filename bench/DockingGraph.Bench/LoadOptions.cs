using System.Globalization;

namespace DockingGraph.Bench;

/// <summary>How long and how hard the load benchmark drives the gateway, and over which stores.</summary>
public sealed record LoadOptions(int Seconds, int Clients, IReadOnlyList<string> Stores)
{
    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions(15, 8, ["sqlite", "postgresql"]);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            options = args[i] switch
            {
                "--seconds" => options with { Seconds = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--clients" => options with { Clients = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--stores" => options with { Stores = args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries) },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
