using DockingGraph.Bench;
using DockingGraph.Bench.Floor;

// The benchmarks of the gateway: the performance suite (the default: scenarios against PostGraphile 4 and 5, HotChocolate where built, and the floor), `load` (hardening: normal traffic alone and under attack),
// `redteam` (every attack class of the hardening review, measured), `import` (generated events into fresh stores, at growing sizes) and `generate` (a page of
// made-up LL2 docking events, for imports bigger than the recorded ones).
// Usage: dotnet run -c Release --project bench/DockingGraph.Bench -- [suite] [--events 2000] [--seconds 10] [--rounds 3] [--connections 8] [--stores sqlite,postgresql] [--scenarios nested,walk] [--warm-up 2] [--result suite.md] [--response-cache on|off]
//                  [--peers postgraphile4,postgraphile5,hotchocolate] [--hotchocolate-git DIR] [--hotchocolate-build DIR]
//        dotnet run -c Release --project bench/DockingGraph.Bench -- coldstart [--runs 5]
//        dotnet run -c Release --project bench/DockingGraph.Bench -- load [--seconds 15] [--clients 8] [--stores sqlite,postgresql]
//        dotnet run -c Release --project bench/DockingGraph.Bench -- redteam [--gateway PATH/DockingGraph.dll] [--store sqlite|postgresql|both] [--classes 1,3,14] [--result redteam.md]
//        dotnet run -c Release --project bench/DockingGraph.Bench -- import [--sizes 1000,10000,100000] [--stores sqlite,postgresql]
//        dotnet run -c Release --project bench/DockingGraph.Bench -- live [--subscribers 1000] [--events 100] [--documents 1] [--rounds 5] [--peer postgraphile4|none] [--result live.md]
//        dotnet run -c Release --project bench/DockingGraph.Bench -- generate --events N --out FILE [--seed 1]
// (`floor` is the suite's hand-written floor, a server the suite starts itself: see FloorServer.)
return args switch
{
    ["suite", .. var rest] => await SuiteBenchmark.RunAsync(SuiteOptions.Parse(rest)),
    [var first, ..] when first.StartsWith("--", StringComparison.Ordinal) => await SuiteBenchmark.RunAsync(SuiteOptions.Parse(args)),
    ["coldstart"] => await ColdStartBenchmark.RunAsync(5),
    ["coldstart", "--runs", var runs] => await ColdStartBenchmark.RunAsync(int.Parse(runs, System.Globalization.CultureInfo.InvariantCulture)),
    ["load", .. var rest] => await LoadBenchmark.RunAsync(LoadOptions.Parse(rest)),
    ["redteam", .. var rest] => await RedTeamBenchmark.RunAsync(RedTeamOptions.Parse(rest)),
    ["import", .. var rest] => await ImportBenchmark.RunAsync(ImportOptions.Parse(rest)),
    ["live", .. var rest] => await LiveBenchmark.RunAsync(LiveBenchOptions.Parse(rest)),
    ["generate", .. var rest] => await GenerateCommand.RunAsync(GenerateOptions.Parse(rest)),
    ["floor", .. var rest] => await FloorCommand.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: DockingGraph.Bench [suite] [--events N] [--seconds N] [--rounds N] [--connections N] [--stores sqlite,postgresql] [--scenarios WORDS] [--response-cache on|off] [--peers NAMES] [--hotchocolate-git DIR] [--hotchocolate-build DIR]");
    Console.Error.WriteLine("       DockingGraph.Bench coldstart [--runs N]");
    Console.Error.WriteLine("       DockingGraph.Bench load [--seconds N] [--clients N] [--stores sqlite,postgresql]");
    Console.Error.WriteLine("       DockingGraph.Bench redteam [--gateway PATH/DockingGraph.dll] [--store sqlite|postgresql|both] [--classes 1,3,14] [--result NAME]");
    Console.Error.WriteLine("       DockingGraph.Bench import [--sizes 1000,10000,100000] [--stores sqlite,postgresql]");
    Console.Error.WriteLine("       DockingGraph.Bench live [--subscribers N] [--events N] [--documents N] [--rounds N] [--peer postgraphile4|none] [--result NAME]");
    Console.Error.WriteLine("       DockingGraph.Bench generate --events N --out FILE [--seed S]");
    return 2;
}

/// <summary>
/// The entry point stays this assembly's own: with the ASP.NET Core framework (for the floor), the
/// SDK would make a top-level Program public, and the tests, which see both the bench and the
/// gateway, would find two.
/// </summary>
internal partial class Program;
