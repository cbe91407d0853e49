using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DockingGraph.Generator;

namespace DockingGraph.Bench;

/// <summary>
/// The import at scale: generated detailed 2.3.0 events (1k, 10k, 100k by default) imported by
/// the Release build's <c>import</c> command into a fresh store of each kind. It reports the
/// importer's own time (from its last progress line, so start-up and migration are left out),
/// events a second, the process's peak resident memory, and how the time grows with the input
/// (ten times the events should take at most eleven times as long). A report, not a test.
/// </summary>
public static partial class ImportBenchmark
{
    public static async Task<int> RunAsync(ImportOptions options)
    {
        var repository = Repository.Find();
        await Repository.BuildGatewayAsync(repository);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Import at scale, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Generated detailed 2.3.0 events (`DockingEventGenerator`, seed 1) in one list page, imported by the Release build's `import` command into a fresh store; {Environment.ProcessorCount} cores. Time is the importer's own (start-up and migration left out); memory is the import process's peak resident set (PostgreSQL's own memory is not in it; its cluster runs with fsync off). The peer is a hand-written floor: the same file only read and tokenised by `Utf8JsonReader`, nothing merged or stored, in this process; \"× floor\" is the import's time over it.");
        report.AppendLine();
        report.AppendLine("| store | events | file | time | events/s | floor (read only) | × floor | peak memory | time ÷ previous size's |");
        report.AppendLine("|---|---|---|---|---|---|---|---|---|");
        var floors = new Dictionary<int, double>();
        var files = new Dictionary<int, string>();
        try
        {
            foreach (var size in options.Sizes)
            {
                files[size] = await GenerateAsync(size);
                floors[size] = await ReadOnlyFloorAsync(files[size]);
            }

            foreach (var store in options.Stores)
            {
                await using var postgres = store == "postgresql" ? await ThrowawayPostgres.StartAsync() : null;
                var name = store == "postgresql" ? "PostgreSQL" : "SQLite";
                if (store == "postgresql" && postgres is null)
                {
                    report.AppendLine("| PostgreSQL | skipped: no PostgreSQL binaries on this machine | | | | | |");
                    continue;
                }

                double? previous = null;
                foreach (var size in options.Sizes)
                {
                    var sqliteFile = Path.Combine(Path.GetTempPath(), $"dockinggraph-bench-import-{Guid.NewGuid():N}.db");
                    var connection = postgres is null ? $"Data Source={sqliteFile}" : await postgres.CreateDatabaseAsync($"import_{size}");
                    Console.Error.WriteLine($"{name}: importing {size:N0} events...");
                    var run = await ImportAsync(repository, store == "postgresql" ? "PostgreSQL" : "Sqlite", connection, files[size]);
                    var growth = previous is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{run.Seconds / previous.Value:0.0}x");
                    report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {size:N0} | {new FileInfo(files[size]).Length / 1048576.0:0} MB | {run.Seconds:0.0} s | {size / run.Seconds:N0} | {floors[size]:0.00} s | {run.Seconds / floors[size]:0}x | {run.PeakMegabytes:0} MB | {growth} |");
                    previous = run.Seconds;
                    File.Delete(sqliteFile);
                }
            }
        }
        finally
        {
            foreach (var file in files.Values)
            {
                File.Delete(file);
            }
        }

        await Repository.WriteResultAsync(repository, "import.md", report.ToString());
        return 0;
    }

    internal static async Task<string> GenerateAsync(int size)
    {
        var file = Path.Combine(Path.GetTempPath(), $"dockinggraph-bench-{size}-events-{Guid.NewGuid():N}.json");
        Console.Error.WriteLine($"generating {size:N0} events...");
        await using var output = File.Create(file);
        await new DockingEventGenerator(seed: 1).WritePageAsync(output, size);
        return file;
    }

    /// <summary>The floor any import of the file stands on: reading it and tokenising its JSON, as a stream, nothing kept.</summary>
    private static async Task<double> ReadOnlyFloorAsync(string file)
    {
        var clock = Stopwatch.StartNew();
        await using var input = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        var state = default(JsonReaderState);
        var kept = 0;
        while (true)
        {
            var read = await input.ReadAsync(buffer.AsMemory(kept));
            var consumed = Tokenise(buffer.AsSpan(0, kept + read), read == 0, ref state);
            kept = kept + read - consumed;
            Buffer.BlockCopy(buffer, consumed, buffer, 0, kept);
            if (read == 0)
            {
                return clock.Elapsed.TotalSeconds;
            }
        }
    }

    private static int Tokenise(ReadOnlySpan<byte> data, bool isFinal, ref JsonReaderState state)
    {
        var reader = new Utf8JsonReader(data, isFinal, state);
        while (reader.Read())
        {
        }

        state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    /// <summary>Runs the import, watching the process's high-water mark of resident memory until it ends.</summary>
    /// <param name="dll">Another build of the gateway; by default the repository's Release build.</param>
    public static async Task<(double Seconds, double PeakMegabytes)> ImportAsync(string repository, string provider, string connectionString, string file, string? dll = null)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { dll ?? Repository.GatewayDll(repository), "import", file, "--Database:Provider", provider, $"--ConnectionStrings:Docking={connectionString}", "--Logging:LogLevel:Default=Warning" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the import could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        var peak = 0.0;
        while (!process.WaitForExit(200))
        {
            peak = Math.Max(peak, BenchProcess.PeakResidentMegabytes(process.Id));
        }

        var progress = await errors;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"the import failed ({process.ExitCode}): {progress}{await output}");
        }

        var last = LastProgressLine().Matches(progress).LastOrDefault()
            ?? throw new InvalidOperationException($"the import printed no progress line: {progress}");
        return (double.Parse(last.Groups["seconds"].Value, CultureInfo.InvariantCulture), peak);
    }

    [GeneratedRegex(@"imported [\d,]+ docking events .* in (?<seconds>[\d.]+) s")]
    private static partial Regex LastProgressLine();
}
