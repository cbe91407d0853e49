using System.Diagnostics;
using System.Globalization;
using DockingGraph.Generator;

namespace DockingGraph.Bench;

/// <summary>
/// Writes one LL2 list page of made-up docking events (<see cref="DockingEventGenerator"/>) to a
/// file, streamed, so an import can be measured on any number of events; reports the size and
/// the time it took.
/// </summary>
public static class GenerateCommand
{
    public static async Task<int> RunAsync(GenerateOptions options)
    {
        var clock = Stopwatch.StartNew();
        await using (var file = File.Create(options.Out))
        {
            await new DockingEventGenerator(options.Seed).WritePageAsync(file, options.Events);
        }

        var bytes = new FileInfo(options.Out).Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{options.Events} events (seed {options.Seed}) to {options.Out}: {bytes} bytes ({bytes / 1048576.0:0.0} MiB) in {clock.Elapsed.TotalSeconds:0.0} s"));
        return 0;
    }
}
