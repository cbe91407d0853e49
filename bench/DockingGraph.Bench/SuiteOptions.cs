using System.Globalization;

namespace DockingGraph.Bench;

/// <summary>The suite's size: events generated, seconds per round, rounds (alternating servers), connections, stores, peers, and where the report goes.</summary>
/// <param name="WarmUpSeconds">A round before the measured ones, per scenario and server (0: none).</param>
/// <param name="ResponseCache">
/// <c>--response-cache on|off</c>: the gateway's requests are GETs (the response cache answers GETs
/// only), with <c>Caching:ResponseCache:Enabled</c> on or off, so the two runs compare; unset, POSTs as before.
/// </param>
/// <param name="Peers"><c>--peers postgraphile4,postgraphile5,hotchocolate</c>: the peers to run on PostgreSQL (all by default).</param>
/// <param name="HotChocolateGit"><c>--hotchocolate-git DIR</c>: a git directory holding HotChocolate's commit, to build its peer from before the run.</param>
/// <param name="HotChocolateBuild"><c>--hotchocolate-build DIR</c>: where HotChocolate's peer is built and run from (a folder of the temporary directory by default).</param>
public sealed record SuiteOptions(int Events, double Seconds, int Rounds, int Connections, IReadOnlyList<string> Stores, string? Scenarios, string ResultName, int WarmUpSeconds = 2, bool? ResponseCache = null, IReadOnlyList<Peer>? Peers = null, string? HotChocolateGit = null, string? HotChocolateBuild = null)
{
    /// <summary>Where HotChocolate's peer is built and run from.</summary>
    public string HotChocolateFolder => HotChocolateBuild ?? Path.Combine(Path.GetTempPath(), "dockinggraph-bench-hotchocolate");

    /// <summary>The peers to run on PostgreSQL.</summary>
    public IReadOnlyList<Peer> SelectedPeers => Peers ?? Enum.GetValues<Peer>();

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
                "--peers" => options with { Peers = [.. args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ParsePeer)] },
                "--hotchocolate-git" => options with { HotChocolateGit = Path.GetFullPath(args[i + 1]) },
                "--hotchocolate-build" => options with { HotChocolateBuild = Path.GetFullPath(args[i + 1]) },
                "--response-cache" => options with { ResponseCache = args[i + 1] switch { "on" => true, "off" => false, _ => throw new ArgumentException("--response-cache is on or off") } },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options.Events < 1 || !(options.Seconds > 0) || options.Rounds < 1 || options.Connections < 1
            ? throw new ArgumentException("--events, --rounds and --connections must be 1 or more, --seconds more than 0 (a fraction is allowed)")
            : options;
    }

    /// <summary>
    /// Bounds wide enough for the graph to be asked the LL2 mirror's detailed page as a client's
    /// query: its 500 aliases and 50,000 fields pass the public bounds only as the gateway's own document.
    /// </summary>
    public static readonly string[] MirrorBounds = ["--GraphQL:MaxAliases=10000", "--GraphQL:MaxExecutedFields=1000000", "--GraphQL:MaxCost=100000000", "--GraphQL:MaxRequestedItems=10000000", "--GraphQL:MaxTokens=100000"];

    /// <summary>The gateway's settings for <see cref="ResponseCache"/>, and <see cref="MirrorBounds"/> when a mirror scenario runs.</summary>
    public string[] GatewaySettings() =>
    [
        .. ResponseCache is { } on ? [$"--Caching:ResponseCache:Enabled={(on ? "true" : "false")}"] : Array.Empty<string>(),
        .. Selected().Any(s => s.Mirror is not null) ? MirrorBounds : [],
    ];

    /// <summary>The scenarios asked for (<c>--scenarios</c>: words their names contain, comma-separated), or all.</summary>
    public IEnumerable<Scenario> Selected() => Scenarios is null
        ? Scenario.All
        : Scenario.All.Where(s => Scenarios.Split(',').Any(word => s.Name.Contains(word, StringComparison.OrdinalIgnoreCase)));

    private static Peer ParsePeer(string name) =>
        Enum.GetValues<Peer>().Where(p => p.Option() == name).Select(p => (Peer?)p).SingleOrDefault()
            ?? throw new ArgumentException($"--peers names {string.Join(", ", Enum.GetValues<Peer>().Select(p => p.Option()))}, not {name}");
}
