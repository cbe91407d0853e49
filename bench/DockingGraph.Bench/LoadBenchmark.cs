using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DockingGraph.Bench;

/// <summary>
/// The hardening's load test: a Release build in Production on each store, driven on loopback by
/// concurrent clients for a bounded time, first with normal queries alone, then with the same
/// normal queries while attackers send every hostile class. It reports the 5xx count (must be 0),
/// p50/p99 of the normal queries in both phases, what the attacks got back, and the gateway's
/// resident memory at the start and the end. A report, not a test: the figures go to README.
/// </summary>
public static class LoadBenchmark
{
    public static async Task<int> RunAsync(LoadOptions options)
    {
        var repository = Repository.Find();
        await Repository.BuildGatewayAsync(repository);

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Load under attack, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"{options.Clients} normal clients for {options.Seconds} s alone, then for {options.Seconds} s beside {Math.Max(2, options.Clients / 2)} attackers cycling through {Traffic.Hostile.Length} hostile classes; Release build, Production, {Environment.ProcessorCount} cores, seeded with the bundled LL2 responses.");
        report.AppendLine();
        report.AppendLine("| store | phase | normal requests | normal p50 | normal p99 | attacks sent | 5xx | memory start → end |");
        report.AppendLine("|---|---|---|---|---|---|---|---|");
        var failures = 0;
        var refusals = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var store in options.Stores)
        {
            await using var postgres = store == "postgresql" ? await ThrowawayPostgres.StartAsync() : null;
            if (store == "postgresql" && postgres is null)
            {
                report.AppendLine("| PostgreSQL | skipped: no PostgreSQL binaries on this machine | | | | | | |");
                continue;
            }

            var sqliteFile = Path.Combine(Path.GetTempPath(), $"dockinggraph-bench-{Guid.NewGuid():N}.db");
            await using (var gateway = await Gateway.StartAsync(repository, store == "postgresql" ? "PostgreSQL" : "Sqlite", postgres?.ConnectionString ?? $"Data Source={sqliteFile}"))
            {
                var name = store == "postgresql" ? "PostgreSQL" : "SQLite";
                Console.Error.WriteLine($"{name}: warming up...");
                await DriveAsync(gateway, options.Clients, 0, TimeSpan.FromSeconds(3), refusals);
                var memoryStart = BenchProcess.ResidentMegabytes(gateway.ProcessId);
                Console.Error.WriteLine($"{name}: normal traffic...");
                var alone = await DriveAsync(gateway, options.Clients, 0, TimeSpan.FromSeconds(options.Seconds), refusals);
                Console.Error.WriteLine($"{name}: under attack...");
                var attacked = await DriveAsync(gateway, options.Clients, Math.Max(2, options.Clients / 2), TimeSpan.FromSeconds(options.Seconds), refusals);
                var memoryEnd = BenchProcess.ResidentMegabytes(gateway.ProcessId);
                foreach (var (phase, result) in new[] { ("normal only", alone), ("under attack", attacked) })
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {phase} | {result.Normal.Count} | {Percentile(result.Normal, 50):0.0} ms | {Percentile(result.Normal, 99):0.0} ms | {result.Attacks} | {result.ServerErrors} | {memoryStart:0} MB → {memoryEnd:0} MB |");
                    failures += result.ServerErrors;
                }
            }

            File.Delete(sqliteFile);
        }

        report.AppendLine();
        report.AppendLine("What each hostile class got back (status and code):");
        report.AppendLine();
        foreach (var (hostile, answer) in refusals)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"- {hostile}: {answer}");
        }

        await Repository.WriteResultAsync(repository, "load.md", report.ToString());
        Console.Error.WriteLine(failures == 0 ? "no 5xx" : $"{failures} responses were 5xx");
        return failures == 0 ? 0 : 1;
    }

    private static async Task<PhaseResult> DriveAsync(Gateway gateway, int normalClients, int attackers, TimeSpan duration, SortedDictionary<string, string> refusals)
    {
        using var http = new HttpClient { BaseAddress = gateway.Address, Timeout = TimeSpan.FromSeconds(60) };
        var latencies = new ConcurrentBag<double>();
        var serverErrors = 0;
        var attacks = 0;
        var until = Stopwatch.StartNew();
        async Task NormalAsync(int client)
        {
            for (var i = client; until.Elapsed < duration && gateway.ExitCode is null; i++)
            {
                var clock = Stopwatch.StartNew();
                using var response = await http.PostAsync("/graphql", Traffic.Content(System.Text.Json.JsonSerializer.Serialize(new { query = Traffic.Normal[i % Traffic.Normal.Length] })));
                await response.Content.ReadAsByteArrayAsync();
                latencies.Add(clock.Elapsed.TotalMilliseconds);
                if ((int)response.StatusCode >= 500)
                {
                    Interlocked.Increment(ref serverErrors);
                }
            }
        }

        async Task AttackAsync(int attacker)
        {
            for (var i = attacker; until.Elapsed < duration && gateway.ExitCode is null; i++)
            {
                var (hostile, body) = Traffic.Hostile[i % Traffic.Hostile.Length];
                using var response = await http.PostAsync("/graphql", Traffic.Content(body));
                var answer = await response.Content.ReadAsStringAsync();
                Interlocked.Increment(ref attacks);
                if ((int)response.StatusCode >= 500)
                {
                    Interlocked.Increment(ref serverErrors);
                }

                lock (refusals)
                {
                    refusals[hostile] = $"{(int)response.StatusCode} {Code(answer)}";
                }
            }
        }

        try
        {
            await Task.WhenAll(Enumerable.Range(0, normalClients).Select(NormalAsync).Concat(Enumerable.Range(0, attackers).Select(AttackAsync)));
        }
        catch (HttpRequestException) when (gateway.ExitCode is not null)
        {
        }

        return gateway.ExitCode is { } exit
            ? throw new InvalidOperationException($"the gateway exited during the run (exit code {exit}) after {attacks} attacks")
            : new PhaseResult([.. latencies], attacks, serverErrors);
    }

    private static string Code(string answer)
    {
        var at = answer.IndexOf("\"code\":\"", StringComparison.Ordinal);
        return at < 0 ? "(no code)" : answer[(at + 8)..answer.IndexOf('"', at + 8)];
    }

    private static double Percentile(IReadOnlyList<double> values, int percentile)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
    }

    private sealed record PhaseResult(IReadOnlyList<double> Normal, int Attacks, int ServerErrors);
}
