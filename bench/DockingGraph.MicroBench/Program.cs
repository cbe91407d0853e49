using BenchmarkDotNet.Running;
using DockingGraph.MicroBench;

// Micro-benchmarks of the hot pieces of a request: parse and validate, filter translation, the
// cursor codec, serialization. The whole request is measured by bench/DockingGraph.Bench.
// Usage: dotnet run -c Release --project bench/DockingGraph.MicroBench -- --filter '*' [--job short]
BenchmarkSwitcher.FromAssembly(typeof(HotPieces).Assembly).Run(args);
