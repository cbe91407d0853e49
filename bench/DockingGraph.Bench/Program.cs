using DockingGraph.Bench;

// The benchmarks of the gateway: `load` (hardening: normal traffic alone and under attack).
// Usage: dotnet run -c Release --project bench/DockingGraph.Bench -- load [--seconds 15] [--clients 8] [--stores sqlite,postgresql]
if (args is not ["load", .. var rest])
{
    Console.Error.WriteLine("usage: DockingGraph.Bench load [--seconds N] [--clients N] [--stores sqlite,postgresql]");
    return 2;
}

var options = LoadOptions.Parse(rest);
return await LoadBenchmark.RunAsync(options);
