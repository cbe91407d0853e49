using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DockingGraph.Generator;
using Npgsql;

namespace DockingGraph.Bench;

/// <summary>
/// Live updates at scale: N subscribers over WebSocket (<c>graphql-transport-ws</c>, one
/// <see cref="ClientWebSocket"/> each, in this process) on one gateway over a throwaway PostgreSQL,
/// and imports of generated events by the Release build's <c>import</c> command, another process
/// whose commit reaches the gateway as other instances' do, through <c>NOTIFY</c>. For each import
/// it times, from the commit (the data version's <c>ChangedAt</c>, set in the committing
/// transaction, on this machine's clock) to each subscriber's first and last message of it; and it
/// reads the server's resident memory before and after the subscribers connect. Then the same for
/// the peer, PostGraphile 4 with <c>@graphile/pg-pubsub</c>, over the same database in the same run:
/// a trigger on the change rows the importer writes sends it a <c>NOTIFY</c> a change, in the
/// committing transaction. A report, not a test.
/// </summary>
public static class LiveBenchmark
{
    private const string Subscription = "subscription { dockingEventChanged { kind dataVersion dockingEvent { id docking dockingLocation { name } } } }";

    /// <summary>The peer's nearest: the event a notice names, with the same fields (its schema has no kind or data version).</summary>
    private const string PeerSubscription = "subscription { listen(topic: \"dockingEventChanged\") { relatedNodeId relatedNode { ... on DockingEvent { id docking dockingLocationByDockingLocationId { name } } } } }";

    /// <summary>
    /// What feeds the peer: a <c>NOTIFY</c> on pg-pubsub's channel for each change row, naming the
    /// event as its <c>relatedNode</c> (<c>["DockingEvents", id]</c>), sent at the import's commit.
    /// </summary>
    private const string PeerTrigger = """
        CREATE FUNCTION bench_docking_event_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('postgraphile:dockingEventChanged', json_build_object('__node__', json_build_array('DockingEvents', NEW."DockingEventId"))::text);
            RETURN NEW;
        END $$;
        CREATE TRIGGER bench_docking_event_changed AFTER INSERT ON "DockingEventChanges" FOR EACH ROW EXECUTE FUNCTION bench_docking_event_changed();
        """;

    /// <summary>The <paramref name="document"/>th distinct document: the same events (every id is at least 1), a feed of its own.</summary>
    private static string Document(int document) => document == 0
        ? Subscription
        : Subscription.Replace("dockingEventChanged {", $"dockingEventChanged(where: {{ id: {{ gte: {-document} }} }}) {{", StringComparison.Ordinal);

    public static async Task<int> RunAsync(LiveBenchOptions options)
    {
        var repository = Repository.Find();
        await Repository.BuildGatewayAsync(repository);
        await using var postgres = await ThrowawayPostgres.StartAsync() ?? throw new InvalidOperationException("the live benchmark needs PostgreSQL's binaries (apt-get install postgresql)");
        const string databaseName = "live";
        var database = await postgres.CreateDatabaseAsync(databaseName);
        await using var gateway = await Gateway.StartAsync(repository, "PostgreSQL", database, [$"--Live:MaxSubscriptions={options.Subscribers + 100}", $"--Kestrel:Limits:MaxConcurrentUpgradedConnections={options.Subscribers + 100}"]);
        var run = new LiveRun(repository, postgres, databaseName, database, options);
        var rows = new List<LiveFigures> { await run.MeasureAsync("DockingGraph", GraphQLWsClient.SocketUri(gateway.Address), gateway.ProcessId, n => Document(n % options.Documents)) };

        var peerName = Peer.PostGraphile4.Name();
        string? peerLeftOut = !options.WithPeer ? "`--peer none`" : PostGraphilePeer.Unavailable;
        if (peerLeftOut is null)
        {
            await using (var connection = new NpgsqlConnection(database))
            {
                await connection.OpenAsync();
                await using var trigger = new NpgsqlCommand(PeerTrigger, connection);
                await trigger.ExecuteNonQueryAsync();
            }

            await using var peer = await PostGraphilePeer.StartVersion4Async(repository, postgres.Url(databaseName), subscriptions: true);
            rows.Add(await run.MeasureAsync(peerName, GraphQLWsClient.SocketUri(peer.Endpoint), peer.ProcessId, _ => PeerSubscription));
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Live updates, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"{options.Subscribers:N0} subscribers over WebSocket (`graphql-transport-ws`, one `ClientWebSocket` each in the bench process) on one server over a throwaway PostgreSQL; {options.Rounds} imports of {options.Events} generated events each by the gateway's `import` command in another process. DockingGraph's subscribers ask `{Subscription}` ({(options.Documents == 1 ? "all the same document: one feed" : $"spread over {options.Documents:N0} documents that differ by a `where` every event passes: a feed each")}); its commit reaches the gateway through `NOTIFY`. {peerName} with `@graphile/pg-pubsub` 4.14.1, over the same database after DockingGraph's rounds (its subscribers then, DockingGraph's closed), relays a `NOTIFY` a change that a trigger on the import's change rows sends in the committing transaction, and its subscribers ask `{PeerSubscription}`. Times run from the commit (the data version's `ChangedAt`, set in the committing transaction) to each subscriber's first and last message of that import, over every subscriber and import. Memory is the server's resident set after 10 subscribers and one delivery, and again after all of them and one more. Statements are PostgreSQL's (pg_stat_statements) an import, the import's own included; {Environment.ProcessorCount} cores, shared by the server, PostgreSQL, the importer and the subscribers.");
        report.AppendLine();
        report.AppendLine("| server | subscribers | documents (feeds) | events an import | commit to first message p50 / p99 | commit to last message p50 / p99 / max | server CPU an import | SQL statements an import | resident memory before / after | memory an idle subscriber |");
        report.AppendLine("|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {row.Server} | {options.Subscribers:N0} | {(row.Server == peerName ? "-" : options.Documents.ToString("N0", CultureInfo.InvariantCulture))} | {options.Events} | {row.FirstP50:0} / {row.FirstP99:0} ms | {row.LastP50:0} / {row.LastP99:0} / {row.LastMax:0} ms | {row.Cpu:0} ms | {row.Statements:N0} | {row.IdleBefore:0} / {row.IdleAfter:0} MB | {row.PerSubscriber:0.0} KB |");
        }

        report.AppendLine();
        if (peerLeftOut is not null)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"- {peerName} not run: {peerLeftOut}.");
        }
        else
        {
            var (ours, peer) = (rows[0], rows[1]);
            report.AppendLine(CultureInfo.InvariantCulture, $"- DockingGraph over {peerName}, the same run (lower is better): commit to last message p50 {Ratio(ours.LastP50, peer.LastP50)}, p99 {Ratio(ours.LastP99, peer.LastP99)}; server CPU an import {Ratio(ours.Cpu, peer.Cpu)}; SQL statements an import {Ratio(ours.Statements, peer.Statements)}; memory an idle subscriber {Ratio(ours.PerSubscriber, peer.PerSubscriber)}.");
        }

        await Repository.WriteResultAsync(repository, options.Result, report.ToString());
        return 0;
    }

    /// <summary>One server's figures: times from the commit in ms, CPU in ms an import, memory in MB and KB a subscriber.</summary>
    private sealed record LiveFigures(string Server, double FirstP50, double FirstP99, double LastP50, double LastP99, double LastMax, double Cpu, long Statements, double IdleBefore, double IdleAfter, double PerSubscriber);

    /// <summary>The run's database and imports: each import brings events of ids of their own (its round's).</summary>
    private sealed class LiveRun(string repository, ThrowawayPostgres postgres, string databaseName, string database, LiveBenchOptions options)
    {
        private int round;

        /// <summary>Subscribes the run's subscribers to the server at <paramref name="socketUri"/>, times its imports, and closes them.</summary>
        public async Task<LiveFigures> MeasureAsync(string server, Uri socketUri, int processId, Func<int, string> document)
        {
            // A few subscribers and one import first: what the first delivery compiles is not the subscribers' memory.
            Console.Error.WriteLine($"{server}:");
            var subscribers = new List<Subscriber>();
            subscribers.AddRange(await OpenAsync(socketUri, 10, document, first: 0));
            var before0 = Counts(subscribers);
            await ImportAsync(events: 1);
            await AllReceivedAsync(before0, 1);
            await Task.Delay(TimeSpan.FromSeconds(3));
            var idleBefore = BenchProcess.ResidentMegabytes(processId);

            Console.Error.WriteLine($"opening {options.Subscribers:N0} subscribers...");
            subscribers.AddRange(await OpenAsync(socketUri, options.Subscribers - subscribers.Count, document, first: 10));
            var before1 = Counts(subscribers);
            await ImportAsync(events: 1);
            await AllReceivedAsync(before1, 1);
            await Task.Delay(TimeSpan.FromSeconds(3));
            var idleAfter = BenchProcess.ResidentMegabytes(processId);

            var firsts = new List<double>();
            var lasts = new List<double>();
            var cpu = new List<double>();
            var statements = new List<long>();
            for (var i = 1; i <= options.Rounds; i++)
            {
                Console.Error.WriteLine($"import {i} of {options.Rounds}: {options.Events} events to {options.Subscribers:N0} subscribers...");
                var cpuBefore = BenchProcess.ProcessorTime(processId);
                var statementsBefore = await postgres.StatementsAsync(databaseName);
                var before = Counts(subscribers);
                var committed = await ImportAsync(options.Events);
                await AllReceivedAsync(before, options.Events);
                cpu.Add((BenchProcess.ProcessorTime(processId) - cpuBefore).TotalMilliseconds);
                statements.Add(await postgres.StatementsAsync(databaseName) - statementsBefore);
                foreach (var subscriber in subscribers)
                {
                    var times = subscriber.ArrivalsAfter(before[subscriber]);
                    firsts.Add((times[0] - committed).TotalMilliseconds);
                    lasts.Add((times[^1] - committed).TotalMilliseconds);
                }
            }

            foreach (var subscriber in subscribers)
            {
                await subscriber.DisposeAsync();
            }

            if (subscribers.FirstOrDefault(s => s.Failure is not null) is { } failed)
            {
                throw new InvalidOperationException($"{server} answered a subscriber with errors: {failed.Failure}");
            }

            firsts.Sort();
            lasts.Sort();
            return new LiveFigures(server, Percentile(firsts, 50), Percentile(firsts, 99), Percentile(lasts, 50), Percentile(lasts, 99), lasts[^1], cpu.Average(), (long)statements.Average(), idleBefore, idleAfter, (idleAfter - idleBefore) * 1024 / (options.Subscribers - 10));
        }

        /// <summary>Imports <paramref name="events"/> new events; returns when the commit happened.</summary>
        private async Task<DateTime> ImportAsync(int events)
        {
            round++;
            var generator = new DockingEventGenerator(seed: 1);
            var results = new JsonArray();
            for (var i = 1; i <= events; i++)
            {
                results.Add(generator.Event((round * 100_000) + i));
            }

            var file = Path.Combine(Path.GetTempPath(), $"dockinggraph-bench-live-{Guid.NewGuid():N}.json");
            await File.WriteAllTextAsync(file, new JsonObject { ["count"] = events, ["next"] = null, ["previous"] = null, ["results"] = results }.ToJsonString());
            try
            {
                await ImportBenchmark.ImportAsync(repository, "PostgreSQL", database, file);
            }
            finally
            {
                File.Delete(file);
            }

            await using var connection = new NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var read = new NpgsqlCommand("SELECT \"ChangedAt\" FROM \"DataVersion\"", connection);
            return DateTime.SpecifyKind((DateTime)(await read.ExecuteScalarAsync())!, DateTimeKind.Utc);
        }
    }

    /// <summary><paramref name="ours"/> over <paramref name="theirs"/> to two significant digits (<c>0.0055x</c>, <c>1.2x</c>).</summary>
    private static string Ratio(double ours, double theirs) => string.Create(CultureInfo.InvariantCulture, $"{ours / theirs:G2}x");

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>Opens <paramref name="count"/> subscribers, the subscriber numbered n (from <paramref name="first"/>) asking <paramref name="document"/>(n).</summary>
    private static async Task<List<Subscriber>> OpenAsync(Uri socketUri, int count, Func<int, string> document, int first)
    {
        var opened = new List<Subscriber>();
        foreach (var chunk in Enumerable.Range(first, count).Chunk(50))
        {
            opened.AddRange(await Task.WhenAll(chunk.Select(n => Subscriber.OpenAsync(socketUri, document(n)))));
            Console.Error.Write($"\r  {opened.Count:N0} of {count:N0} open");
        }

        Console.Error.WriteLine();

        // Subscribed once an import reaches them; give the server a moment to take the last subscribes.
        await Task.Delay(TimeSpan.FromSeconds(2));
        return opened;
    }

    private static Dictionary<Subscriber, int> Counts(List<Subscriber> subscribers) => subscribers.ToDictionary(s => s, s => s.Received);

    /// <summary>Waits until each subscriber has <paramref name="more"/> messages past its count in <paramref name="before"/>.</summary>
    private static async Task AllReceivedAsync(Dictionary<Subscriber, int> before, int more)
    {
        var clock = Stopwatch.StartNew();
        while (before.Any(s => s.Key.Received < s.Value + more))
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new TimeoutException($"{before.Count(s => s.Key.Received < s.Value + more)} of {before.Count} subscribers did not get {more} more messages in 10 minutes");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>One subscriber: its socket and when each of its messages arrived.</summary>
    private sealed class Subscriber(ClientWebSocket socket) : IAsyncDisposable
    {
        private readonly List<DateTime> arrivals = [];
        private Task? reading;

        public int Received
        {
            get
            {
                lock (arrivals)
                {
                    return arrivals.Count;
                }
            }
        }

        /// <summary>The first message that carried errors, or null.</summary>
        public string? Failure { get; private set; }

        public static async Task<Subscriber> OpenAsync(Uri uri, string query)
        {
            var subscriber = new Subscriber(await GraphQLWsClient.InitialisedAsync(uri, CancellationToken.None));
            await subscriber.SendAsync(JsonSerializer.Serialize(new { id = "1", type = "subscribe", payload = new { query } }));
            subscriber.reading = subscriber.ReadAsync();
            return subscriber;
        }

        /// <summary>When the messages from the <paramref name="skip"/>th on arrived.</summary>
        public List<DateTime> ArrivalsAfter(int skip)
        {
            lock (arrivals)
            {
                return arrivals.Skip(skip).ToList();
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
            }
            catch (WebSocketException)
            {
                // Gone already.
            }

            if (reading is not null)
            {
                await reading;
            }

            socket.Dispose();
        }

        private Task SendAsync(string text) => GraphQLWsClient.SendAsync(socket, text, CancellationToken.None);

        private async Task ReadAsync()
        {
            var buffer = new byte[16 * 1024];
            try
            {
                while (true)
                {
                    var length = 0;
                    ValueWebSocketReceiveResult received;
                    do
                    {
                        received = await socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                        length += received.Count;
                    }
                    while (!received.EndOfMessage);

                    if (received.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    // Pings are answered; a `next` is an arrival, the first with errors kept.
                    var text = buffer.AsSpan(0, length);
                    if (text.IndexOf("\"type\":\"next\""u8) >= 0)
                    {
                        lock (arrivals)
                        {
                            arrivals.Add(DateTime.UtcNow);
                        }

                        if (Failure is null && text.IndexOf("\"errors\""u8) >= 0)
                        {
                            Failure = Encoding.UTF8.GetString(text);
                        }
                    }
                    else if (text.IndexOf("\"type\":\"ping\""u8) >= 0)
                    {
                        await SendAsync("""{"type":"pong"}""");
                    }
                }
            }
            catch (WebSocketException)
            {
                // Closed.
            }
        }
    }
}
