using System.Globalization;

namespace DockingGraph.Bench;

/// <summary>The suite's size: events generated, seconds per round, rounds (alternating servers), connections, stores, and where the report goes.</summary>
/// <param name="WarmUpSeconds">A round before the measured ones, per scenario and server (0: none).</param>
/// <param name="ResponseCache">
/// <c>--response-cache on|off</c>: the gateway's requests are GETs (the response cache answers GETs
/// only), with <c>Caching:ResponseCache:Enabled</c> on or off, so the two runs compare; unset, POSTs as before.
/// </param>
public sealed record SuiteOptions(int Events, double Seconds, int Rounds, int Connections, IReadOnlyList<string> Stores, string? Scenarios, string ResultName, int WarmUpSeconds = 2, bool? ResponseCache = null)
{
    public static SuiteOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SuiteOptions(2000, 10, 3, 8, ["sqlite", "postgresql"], null, "suite.md");
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            options = args[i] switch
            {
                "--events" => options with { Events = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--seconds" => options with { Seconds = double.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--rounds" => options with { Rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--connections" => options with { Connections = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--stores" => options with { Stores = args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries) },
                "--scenarios" => options with { Scenarios = args[i + 1] },
                "--result" => options with { ResultName = args[i + 1] },
                "--warm-up" => options with { WarmUpSeconds = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--response-cache" => options with { ResponseCache = args[i + 1] switch { "on" => true, "off" => false, _ => throw new ArgumentException("--response-cache is on or off") } },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options.Events < 1 || !(options.Seconds > 0) || options.Rounds < 1 || options.Connections < 1
            ? throw new ArgumentException("--events, --rounds and --connections must be 1 or more, --seconds more than 0 (a fraction is allowed)")
            : options;
    }

    /// <summary>The scenarios asked for (<c>--scenarios</c>: words their names contain, comma-separated), or all.</summary>
    /// <summary>The gateway's settings for <see cref="ResponseCache"/>.</summary>
    public string[] GatewaySettings() => ResponseCache is { } on ? [$"--Caching:ResponseCache:Enabled={(on ? "true" : "false")}"] : [];

    public IEnumerable<Scenario> Selected() => Scenarios is null
        ? Scenario.All
        : Scenario.All.Where(s => Scenarios.Split(',').Any(word => s.Name.Contains(word, StringComparison.OrdinalIgnoreCase)));
}
