using System.Globalization;

namespace DockingGraph.Bench;

/// <summary>
/// How many WebSocket subscribers the live benchmark opens, over how many distinct subscription
/// documents (each its own feed, executing every event), how many events each import brings, and
/// how many imports it times, and whether PostGraphile 4 runs beside it (<c>--peer none</c> leaves it out).
/// </summary>
public sealed record LiveBenchOptions(int Subscribers, int Events, int Rounds, string Result, int Documents = 1, bool WithPeer = true)
{
    public static LiveBenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LiveBenchOptions(1000, 100, 5, "live.md");
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            options = args[i] switch
            {
                "--subscribers" => options with { Subscribers = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--events" => options with { Events = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--documents" => options with { Documents = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--rounds" => options with { Rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--result" => options with { Result = args[i + 1] },
                "--peer" => options with
                {
                    WithPeer = args[i + 1] switch
                    {
                        "postgraphile4" => true,
                        "none" => false,
                        _ => throw new ArgumentException($"--peer names postgraphile4 or none, not {args[i + 1]}"),
                    },
                },
                _ => throw new ArgumentException($"unknown option {args[i]}"),
            };
        }

        return options;
    }
}
