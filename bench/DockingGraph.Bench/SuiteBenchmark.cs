using System.Globalization;
using System.Text;
using DockingGraph.Bench.Floor;

namespace DockingGraph.Bench;

/// <summary>
/// The performance suite: generated events imported into a fresh store of each kind, the gateway
/// as a Release build in Production over it, and each scenario driven for rounds of a fixed time
/// with a fixed number of connections; on PostgreSQL, the peers (PostGraphile 4 and 5, HotChocolate
/// where it has been built) over the same database in the same rounds, alternating with the gateway,
/// each asked the scenarios its schema can ask and checked to answer the same events first; on both
/// stores, the hand-written floor (one statement per level, <c>Utf8JsonWriter</c>) for the scenarios
/// it serves, in the same rounds too. The best round of each server is reported with its req/s, p50,
/// p99, SQL statements and bytes allocated per request, and resident memory; the gateway's ratios to
/// each peer and to the floor are printed beside. A report, not a test: nothing here asserts a time.
/// </summary>
public static class SuiteBenchmark
{
    public static async Task<int> RunAsync(SuiteOptions options)
    {
        var repository = Repository.Find();
        await Repository.BuildGatewayAsync(repository);
        if (options.HotChocolateGit is { } git && options.Stores.Contains("postgresql") && options.SelectedPeers.Contains(Peer.HotChocolate))
        {
            await HotChocolatePeer.BuildAsync(repository, git, options.HotChocolateFolder);
        }

        var file = await ImportBenchmark.GenerateAsync(options.Events);
        var rows = new List<string>();
        var notes = new List<string>();
        if (options.ResponseCache is { } cached)
        {
            notes.Add($"The gateway's requests were GETs, with its response cache {(cached ? "on" : "off")} (`--response-cache`); the peers' were POSTs.");
        }

        var failures = 0;
        try
        {
            foreach (var store in options.Stores)
            {
                failures += await RunStoreAsync(repository, store, file, options, rows, notes);
            }
        }
        finally
        {
            File.Delete(file);
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Performance suite, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"{options.Events:N0} generated detailed events (seed 1) imported by the gateway's `import` into a fresh store; the gateway as a Release build in Production; {options.Connections} connections of an in-process HttpClient loop; {options.Rounds} alternating round(s) of {options.Seconds} s per scenario and server, the best round shown; {Environment.ProcessorCount} cores, shared with the load generator and the database. {(options.ResponseCache is true ? "The gateway's response cache on" : "No response cache")}, no `If-None-Match`. Statements per request: the gateway's own count (EF Core interceptor) on SQLite, `pg_stat_statements` on PostgreSQL (BEGIN and COMMIT included). Allocated: the gateway's runtime counter (`dotnet.gc.heap.total_allocated`) over the round, per request. CPU: the server process's CPU time over the round, per request (its database's not included). Memory: resident set after the scenario.");
        report.AppendLine("On PostgreSQL the peers serve the same database: PostGraphile 4.14.1 with postgraphile-plugin-connection-filter 2.3.0, PostGraphile 5.1.5 (amber preset, Node 22) with postgraphile-plugin-connection-filter 4.0.1, and HotChocolate v12 preview built from source (EF Core with paging, projection, filtering and sorting), each asked a scenario where its schema can ask the same question, and checked first to answer the same events (as a set, with the same total). `vs` a peer is the gateway's req/s over the peer's.");
        report.AppendLine("The hand-written floor answers the scenarios it serves with one hand-written SQL statement per record type of the query (ADO.NET, pooled connections, PostgreSQL's prepared) and `Utf8JsonWriter`, the gateway's JSON byte for byte, in a process of its own with the gateway's GC settings; on SQLite its statements are its own count, its allocation `GC.GetTotalAllocatedBytes`. `vs floor` is the gateway's req/s over the floor's.");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"| store | scenario | server | req/s | p50 | p99 | p99/p50 | statements/request | allocated/request | CPU/request | memory | {string.Join(" | ", Enum.GetValues<Peer>().Select(p => p.Column()))} | vs floor |");
        report.AppendLine(CultureInfo.InvariantCulture, $"|---|---|---|---|---|---|---|---|---|---|---|{string.Concat(Enum.GetValues<Peer>().Select(_ => "---|"))}---|");
        rows.ForEach(row => report.AppendLine(row));
        if (notes.Count > 0)
        {
            report.AppendLine();
            notes.ForEach(note => report.AppendLine(CultureInfo.InvariantCulture, $"- {note}"));
        }

        await Repository.WriteResultAsync(repository, options.ResultName, report.ToString());
        return failures == 0 ? 0 : 1;
    }

    private static async Task<int> RunStoreAsync(string repository, string store, string file, SuiteOptions options, List<string> rows, List<string> notes)
    {
        var name = store == "postgresql" ? "PostgreSQL" : "SQLite";
        await using var postgres = store == "postgresql" ? await ThrowawayPostgres.StartAsync() : null;
        if (store == "postgresql" && postgres is null)
        {
            notes.Add("PostgreSQL skipped: no PostgreSQL binaries on this machine.");
            return 0;
        }

        var sqliteFile = Path.Combine(Path.GetTempPath(), $"dockinggraph-bench-suite-{Guid.NewGuid():N}.db");
        var connection = postgres?.ConnectionString ?? $"Data Source={sqliteFile}";
        try
        {
            Console.Error.WriteLine($"{name}: importing {options.Events:N0} events...");
            await ImportBenchmark.ImportAsync(repository, store == "postgresql" ? "PostgreSQL" : "Sqlite", connection, file);
            await using var gateway = await Gateway.StartAsync(repository, store == "postgresql" ? "PostgreSQL" : "Sqlite", connection, ["--Telemetry:Prometheus=true", "--Seed:Enabled=false", .. options.GatewaySettings()]);
            var peers = postgres is null ? [] : await StartPeersAsync(repository, postgres, options, notes);
            await using var stopPeers = new Stopping(peers);
            await using var floor = await FloorServer.StartAsync(store == "postgresql" ? "PostgreSQL" : "Sqlite", connection);
            var failures = 0;
            foreach (var selected in options.Selected())
            {
                var scenario = selected.Mirror is null ? selected : selected with { Query = await MirrorQueryAsync(gateway.Address, selected.Mirror) };
                var servers = new List<Server> { new("DockingGraph", new Uri(gateway.Address, "/graphql"), GraphBody(scenario), gateway.ProcessId, () => GatewayMetrics.ScrapeAsync(gateway.Address), IsGateway: true) };
                if (scenario.Mirror is { } mirror)
                {
                    servers.Add(new(MirrorName, new Uri(gateway.Address, mirror), Body: null, gateway.ProcessId, () => GatewayMetrics.ScrapeAsync(gateway.Address), IsGateway: false));
                }

                foreach (var peer in peers.Where(p => scenario.PeerQueries.ContainsKey(p.Peer)))
                {
                    var body = Scenario.Body(scenario.PeerQueries[peer.Peer]);
                    if (await AnswerEvents.DifferenceAsync(servers[0].Endpoint, servers[0].Body!, peer.Endpoint, body) is { } difference)
                    {
                        failures++;
                        notes.Add($"{name}, {scenario.Name}, {peer.Peer.Name()}: not the same events: {difference}");
                    }

                    servers.Add(new(peer.Peer.Name(), peer.Endpoint, body, peer.ProcessId, Counters: null, IsGateway: false));
                }

                if (FloorServer.Serves(scenario))
                {
                    servers.Add(new(FloorServer.Name, floor.Endpoint, Scenario.Body(scenario.Query), floor.ProcessId, floor.CountersAsync, IsGateway: false));
                }

                Console.Error.WriteLine($"{name}: {scenario.Name}...");
                var best = new Dictionary<string, Measured>();
                foreach (var server in servers.Where(_ => options.WarmUpSeconds > 0))
                {
                    // A warm-up round: the first requests of a shape compile queries and plans.
                    await LoadDriver.RunAsync(server.Endpoint, scenario, server.Body, options.Connections, TimeSpan.FromSeconds(options.WarmUpSeconds), overGet: server.IsGateway && options.ResponseCache is not null);
                }

                for (var round = 0; round < options.Rounds; round++)
                {
                    foreach (var server in servers)
                    {
                        var measured = await MeasureAsync(server, scenario, postgres, options);
                        failures += measured.Round.Failures;
                        if (measured.Round.FirstFailure is { } failure)
                        {
                            notes.Add($"{name}, {scenario.Name}, {server.Name}: {measured.Round.Failures} failed answers, the first: {failure}");
                        }

                        if (!best.TryGetValue(server.Name, out var kept) || measured.Round.RequestsPerSecond > kept.Round.RequestsPerSecond)
                        {
                            best[server.Name] = measured;
                        }
                    }
                }

                if (best.GetValueOrDefault(MirrorName) is { } mirrored)
                {
                    var graph = best["DockingGraph"];
                    notes.Add(string.Create(CultureInfo.InvariantCulture, $"{name}, {scenario.Name}: the LL2 mirror at {mirrored.Round.RequestsPerSecond / graph.Round.RequestsPerSecond:0.00}x the graph's req/s asked the same fields (the mirror's own operation, `x-graphql` in /openapi/v1.json, as a POST), at {mirrored.CpuMilliseconds / graph.CpuMilliseconds:0.00}x its gateway CPU a request."));
                }

                foreach (var server in servers)
                {
                    var m = best[server.Name];
                    var ratios = Enum.GetValues<Peer>().Select(p => p.Name()).Append(FloorServer.Name).Select(other => server.IsGateway ? Ratio(m, best.GetValueOrDefault(other)) : "");
                    rows.Add(string.Create(CultureInfo.InvariantCulture,
                        $"| {name} | {scenario.Name} | {server.Name} | {m.Round.RequestsPerSecond:0} | {m.Round.Percentile(50):0.0} ms | {m.Round.Percentile(99):0.0} ms | {m.Round.Percentile(99) / m.Round.Percentile(50):0.0} | {m.Statements:0.0} | {(m.AllocatedKilobytes is { } kb ? $"{kb:0} KB" : "")} | {m.CpuMilliseconds:0.00} ms | {m.ResidentMegabytes:0} MB | {string.Join(" | ", ratios)} |"));
                }
            }

            return failures;
        }
        finally
        {
            File.Delete(sqliteFile);
        }
    }

    /// <summary>The peers asked for that can run here, started over the run's database; each one that cannot is noted, saying why.</summary>
    private static async Task<List<PeerServer>> StartPeersAsync(string repository, ThrowawayPostgres postgres, SuiteOptions options, List<string> notes)
    {
        var started = new List<PeerServer>();
        foreach (var peer in options.SelectedPeers)
        {
            var unavailable = peer == Peer.HotChocolate ? HotChocolatePeer.Unavailable(options.HotChocolateFolder) : PostGraphilePeer.Unavailable;
            if (unavailable is not null)
            {
                notes.Add($"{peer.Name()} skipped: {unavailable}.");
                continue;
            }

            Console.Error.WriteLine($"starting {peer.Name()}...");
            started.Add(peer switch
            {
                Peer.PostGraphile4 => await PostGraphilePeer.StartVersion4Async(repository, postgres.Url("dockinggraph_bench")),
                Peer.PostGraphile5 => await PostGraphilePeer.StartVersion5Async(repository, postgres.Url("dockinggraph_bench")),
                _ => await HotChocolatePeer.StartAsync(options.HotChocolateFolder, postgres.ConnectionString),
            });
        }

        foreach (var peer in Enum.GetValues<Peer>().Except(options.SelectedPeers))
        {
            notes.Add($"{peer.Name()} not run: not in `--peers`.");
        }

        return started;
    }

    /// <summary>Stops the peers at the end of a store's run.</summary>
    private sealed class Stopping(List<PeerServer> peers) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var peer in peers)
            {
                await peer.DisposeAsync();
            }
        }
    }

    private const string MirrorName = "LL2 mirror";

    /// <summary>The graph's request of a scenario: its query, or for a mirror's page the operation that answers it with the page's variables.</summary>
    private static string GraphBody(Scenario scenario) => scenario.Mirror is null
        ? Scenario.Body(scenario.Query)
        : System.Text.Json.JsonSerializer.Serialize(new { query = scenario.Query, variables = new { first = 100, offset = 0 } });

    /// <summary>The graph operation that answers a mirror's list address in its mode, from the mirror's OpenAPI document.</summary>
    private static async Task<string> MirrorQueryAsync(Uri gateway, string address)
    {
        using var http = new HttpClient();
        var document = System.Text.Json.Nodes.JsonNode.Parse(await http.GetStringAsync(new Uri(gateway, "/openapi/v1.json")))!;
        var path = address[..address.IndexOf('?', StringComparison.Ordinal)];
        var mode = address.Contains("mode=detailed", StringComparison.Ordinal) ? "detailed" : "normal";
        return document["paths"]![path]!["get"]!["x-graphql"]![mode]!.GetValue<string>();
    }

    /// <summary>The gateway's req/s over another server's (<c>1.05x</c>), or nothing when that server did not run.</summary>
    private static string Ratio(Measured gateway, Measured? other) =>
        other is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{gateway.Round.RequestsPerSecond / other.Round.RequestsPerSecond:0.00}x");

    private static async Task<Measured> MeasureAsync(Server server, Scenario scenario, ThrowawayPostgres? postgres, SuiteOptions options)
    {
        var metricsBefore = server.Counters is null ? null : await server.Counters();
        var statementsBefore = postgres is null ? 0 : await postgres.StatementsAsync("dockinggraph_bench");
        var cpuBefore = BenchProcess.ProcessorTime(server.ProcessId);
        var round = await LoadDriver.RunAsync(server.Endpoint, scenario, server.Body, options.Connections, TimeSpan.FromSeconds(options.Seconds), overGet: server.IsGateway && options.ResponseCache is not null);
        var cpu = BenchProcess.ProcessorTime(server.ProcessId) - cpuBefore;
        var statementsAfter = postgres is null ? 0 : await postgres.StatementsAsync("dockinggraph_bench");
        var metrics = server.Counters is null ? null : (await server.Counters()).Since(metricsBefore!);
        var requests = Math.Max(1, round.Requests);
        var statements = postgres is not null ? (statementsAfter - statementsBefore) / (double)requests : metrics is null ? double.NaN : metrics.SqlStatements / Math.Max(1, metrics.Requests);
        return new Measured(round, statements, metrics is null ? null : metrics.AllocatedBytes / requests / 1024, cpu.TotalMilliseconds / requests, BenchProcess.ResidentMegabytes(server.ProcessId));
    }

    /// <param name="Counters">Its own counters of statements, requests and bytes allocated (the gateway's, the floor's), or null (a peer).</param>
    private sealed record Server(string Name, Uri Endpoint, string? Body, int ProcessId, Func<Task<GatewayMetrics>>? Counters, bool IsGateway);

    /// <param name="CpuMilliseconds">The server process's CPU time over the round, per request (its database's not included).</param>
    private sealed record Measured(RoundResult Round, double Statements, double? AllocatedKilobytes, double CpuMilliseconds, double ResidentMegabytes);
}
