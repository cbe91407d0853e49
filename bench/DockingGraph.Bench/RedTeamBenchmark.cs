using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace DockingGraph.Bench;

/// <summary>
/// The red-team run: every attack class of the hardening review sent to a Release build in
/// Production on loopback, over each store (2,000 generated events imported by the gateway's own
/// <c>import</c>). For each attack it records the answers' HTTP statuses and GraphQL codes and
/// times, the process's peak resident memory during the attack (sampled, and VmHWM when it rose)
/// and after it, whether the process survived (a query after the attack; a dead or stalled one is
/// recorded and restarted for the next attack) and the latency of one probe client sending a
/// small normal query throughout. A gateway is reused until an attack kills it, stalls it, grows it
/// by more than 150 MB or needs other settings. A report, not a test.
/// </summary>
public static class RedTeamBenchmark
{
    private const string ProbeQuery = "{\"query\":\"{ dockingEvents(first: 5) { nodes { id docking dockingLocation { name } } } }\"}";

    public static async Task<int> RunAsync(RedTeamOptions options)
    {
        var repository = Repository.Find();
        if (options.GatewayDll is null)
        {
            await Repository.BuildGatewayAsync(repository);
        }

        var dll = options.GatewayDll ?? Repository.GatewayDll(repository);
        var file = await ImportBenchmark.GenerateAsync(2_000);
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Red-team run, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Gateway: `{dll}`, Release, Production, on loopback; 2,000 generated events (seed 1); {Environment.ProcessorCount} cores. Each attack is bounded: at most {AttackRun.BudgetTime.TotalSeconds:0} s of sending, each request under a {AttackRun.RequestTimeout.TotalSeconds:0} s client timeout (`timeout`). Answers: HTTP status and the first GraphQL error code (`data`: an answer without errors), with counts. Time: the slowest answer (and the median when there are several); for a killed process, when it died. Peak: the most resident memory during the attack (VmRSS sampled every 20 ms, VmHWM when it rose). Process: `alive` when a normal query is answered within 10 s after the attack, `stalled` when not, `killed` when it exited. Probe: p50 / max of one client sending a small page of events throughout the attack (n answers). The machine's other load is not controlled: times are upper bounds.");
        var exit = 0;
        try
        {
            foreach (var store in options.Stores)
            {
                exit |= await RunStoreAsync(repository, dll, store, file, options, report);
            }
        }
        finally
        {
            File.Delete(file);
        }

        await Repository.WriteResultAsync(repository, options.ResultName, report.ToString());
        return exit;
    }

    private static async Task<int> RunStoreAsync(string repository, string dll, string store, string file, RedTeamOptions options, StringBuilder report)
    {
        var name = store == "postgresql" ? "PostgreSQL" : "SQLite";
        var provider = store == "postgresql" ? "PostgreSQL" : "Sqlite";
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"## {name}");
        report.AppendLine();
        await using var postgres = store == "postgresql" ? await ThrowawayPostgres.StartAsync() : null;
        if (store == "postgresql" && postgres is null)
        {
            report.AppendLine("Skipped: no PostgreSQL binaries on this machine.");
            return 0;
        }

        var sqliteFile = Path.Combine(Path.GetTempPath(), $"dockinggraph-bench-redteam-{Guid.NewGuid():N}.db");
        var connection = postgres?.ConnectionString ?? $"Data Source={sqliteFile}";
        Gateway? gateway = null;
        try
        {
            Console.Error.WriteLine($"{name}: importing 2,000 events...");
            await ImportBenchmark.ImportAsync(repository, provider, connection, file, dll);
            string[] running = [];
            gateway = await StartAsync(repository, dll, provider, connection, running);
            var schema = await ServedSchema.ReadAsync(gateway.Address);
            report.AppendLine("| class | attack | answers | time | largest answer | peak memory | memory before → after | process | probe p50 / max (n) | notes |");
            report.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
            var restart = false;
            foreach (var attack in RedTeamAttacks.All(schema).Where(a => options.Includes(a.Number) || options.Includes(a.Number.TrimEnd("abcdefghijklmnopqrstuvwxyz".ToCharArray()))))
            {
                if (attack.RunAsync is null)
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"| {attack.Number} | {attack.Name} | | | | | | | | {attack.CoveredBy} |");
                    continue;
                }

                if (restart || gateway.ExitCode is not null || !running.SequenceEqual(attack.GatewaySettings))
                {
                    await gateway.DisposeAsync();
                    running = attack.GatewaySettings;
                    gateway = await StartAsync(repository, dll, provider, connection, running);
                }

                Console.Error.WriteLine($"{name}: {attack.Number} {attack.Name}...");
                var (row, dirty) = await MeasureAsync(gateway, attack);
                Console.Error.WriteLine($"  {row}");
                report.AppendLine(row);
                restart = dirty;
            }
        }
        finally
        {
            if (gateway is not null)
            {
                await gateway.DisposeAsync();
            }

            File.Delete(sqliteFile);
        }

        return 0;
    }

    private static Task<Gateway> StartAsync(string repository, string dll, string provider, string connection, string[] settings) =>
        Gateway.StartAsync(repository, provider, connection, ["--Seed:Enabled=false", .. settings], dll: dll);

    private static async Task<(string Row, bool Dirty)> MeasureAsync(Gateway gateway, RedTeamAttack attack)
    {
        using var run = new AttackRun(gateway.Address);
        var pid = gateway.ProcessId;
        for (var i = 0; i < 3 && attack.Probe; i++)
        {
            // Warm: the probe's query compiled before its latency counts.
            await AnswersAsync(gateway.Address, query: true);
        }

        var before = BenchProcess.ResidentMegabytes(pid);
        var peakBefore = BenchProcess.PeakResidentMegabytes(pid);
        using var attackEnd = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var sampledPeak = before;
        TimeSpan? diedAfter = null;
        var sampler = Task.Run(async () =>
        {
            while (!attackEnd.IsCancellationRequested)
            {
                if (gateway.ExitCode is not null)
                {
                    diedAfter = clock.Elapsed;
                    return;
                }

                sampledPeak = Math.Max(sampledPeak, BenchProcess.ResidentMegabytes(pid) is var rss && double.IsNaN(rss) ? 0 : rss);
                await Task.Delay(20, CancellationToken.None);
            }
        });
        var probe = attack.Probe ? ProbeAsync(gateway.Address, attackEnd.Token) : Task.FromResult<IReadOnlyList<double>>([]);
        await attack.RunAsync!(run);
        var attackTime = clock.Elapsed;
        await attackEnd.CancelAsync();
        await sampler;
        var probes = await probe;
        var peakAfter = BenchProcess.PeakResidentMegabytes(pid);
        var peak = Math.Max(sampledPeak, peakAfter > peakBefore ? peakAfter : 0);

        var answers = run.Answers.ToList();
        var alive = gateway.ExitCode is null && await AnswersAsync(gateway.Address, attack.Probe);
        var after = alive ? BenchProcess.ResidentMegabytes(pid) : double.NaN;
        // A process that overflowed its stack prints the whole stack before it exits: wait for that, to tell killed from stalled.
        for (var waited = Stopwatch.StartNew(); !alive && gateway.ExitCode is null && waited.Elapsed < TimeSpan.FromSeconds(10);)
        {
            await Task.Delay(50);
        }

        string process = alive ? "alive" : gateway.ExitCode is { } exit ? $"killed (exit {exit})" : "stalled";
        if (gateway.ExitCode is not null)
        {
            // It died when its connections were dropped, or else when the sampler saw it gone.
            var lost = answers.Where(a => a.Status == "connection lost").Select(a => (double?)a.Seconds).Min();
            diedAfter = lost is { } seconds ? TimeSpan.FromSeconds(seconds) : diedAfter ?? attackTime;
        }
        else if (!alive)
        {
            after = BenchProcess.ResidentMegabytes(pid);
        }

        var summary = string.Join(", ", answers.GroupBy(a => a.Label).OrderByDescending(g => g.Count()).Select(g => g.Count() == 1 ? g.Key : $"{g.Count():N0}× {g.Key}"));
        var times = answers.Select(a => a.Seconds).Order().ToList();
        var time = diedAfter is { } died
            ? $"killed after {died.TotalSeconds:0.0} s"
            : times.Count switch
            {
                0 => "",
                1 => Seconds(times[0]),
                _ => $"{Seconds(times[^1])} (median {Seconds(times[times.Count / 2])})",
            };
        var largest = answers.Count == 0 ? "" : Size(answers.Max(a => a.Bytes));
        var memory = double.IsNaN(after) ? $"{before:0} MB → —" : $"{before:0} MB → {after:0} MB";
        var probeFigure = probes.Count == 0 ? (attack.Probe ? "— (none answered)" : "off") : $"{Milliseconds(Percentile(probes, 50))} / {Milliseconds(probes.Max())} ({probes.Count})";
        var row = $"| {attack.Number} | {attack.Name} | {summary} | {time} | {largest} | {peak:0} MB | {memory} | {process} | {probeFigure} | {string.Join("; ", run.Notes)} |";
        var dirty = process != "alive" || answers.Any(a => a.Status == "timeout") || after > before + 150 || attack.Settings is not null;
        return (row, dirty);
    }

    /// <summary>The probe client: the small query, one after another, until the attack ends; a request the end cuts off counts with its time so far when it had waited a second or more (a stall).</summary>
    private static async Task<IReadOnlyList<double>> ProbeAsync(Uri gateway, CancellationToken end)
    {
        using var http = new HttpClient { BaseAddress = gateway, Timeout = Timeout.InfiniteTimeSpan };
        var latencies = new ConcurrentBag<double>();
        while (!end.IsCancellationRequested)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(end);
                timeout.CancelAfter(AttackRun.RequestTimeout);
                using var response = await http.PostAsync("/graphql", Traffic.Content(ProbeQuery), timeout.Token);
                await response.Content.ReadAsByteArrayAsync(timeout.Token);
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
            catch (OperationCanceledException)
            {
                if (clock.Elapsed >= TimeSpan.FromSeconds(1))
                {
                    latencies.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
            catch (HttpRequestException)
            {
                await Task.Delay(50, CancellationToken.None);
            }
        }

        return [.. latencies];
    }

    /// <summary>Whether the gateway answers after the attack: a normal query (or, under a rate limit, <c>/health/live</c>) within 10 s.</summary>
    private static async Task<bool> AnswersAsync(Uri gateway, bool query)
    {
        using var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            using var response = query ? await http.PostAsync("/graphql", Traffic.Content(ProbeQuery)) : await http.GetAsync("/health/live");
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private static double Percentile(IReadOnlyList<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static string Seconds(double seconds) => seconds < 1 ? $"{seconds * 1000:0} ms" : $"{seconds:0.0} s";

    private static string Milliseconds(double milliseconds) => Seconds(milliseconds / 1000);

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0} KB",
        _ => $"{bytes / 1048576.0:0.0} MB",
    };
}
