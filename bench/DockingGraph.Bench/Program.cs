using DockingGraph.Bench;

// The benchmarks of the gateway: `load` (hardening: normal traffic alone and under attack),
// `import` (generated events into fresh stores, at growing sizes) and `generate` (a page of
// made-up LL2 docking events, for imports bigger than the recorded ones).
// Usage: dotnet run -c Release --project bench/DockingGraph.Bench -- load [--seconds 15] [--clients 8] [--stores sqlite,postgresql]
//        dotnet run -c Release --project bench/DockingGraph.Bench -- import [--sizes 1000,10000,100000] [--stores sqlite,postgresql]
//        dotnet run -c Release --project bench/DockingGraph.Bench -- generate --events N --out FILE [--seed 1]
return args switch
{
    ["load", .. var rest] => await LoadBenchmark.RunAsync(LoadOptions.Parse(rest)),
    ["import", .. var rest] => await ImportBenchmark.RunAsync(ImportOptions.Parse(rest)),
    ["generate", .. var rest] => await GenerateCommand.RunAsync(GenerateOptions.Parse(rest)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: DockingGraph.Bench load [--seconds N] [--clients N] [--stores sqlite,postgresql]");
    Console.Error.WriteLine("       DockingGraph.Bench import [--sizes 1000,10000,100000] [--stores sqlite,postgresql]");
    Console.Error.WriteLine("       DockingGraph.Bench generate --events N --out FILE [--seed S]");
    return 2;
}
