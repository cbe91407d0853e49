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
/// reads the gateway's resident memory before and after the subscribers connect. A report, not a test.
/// </summary>
public static class LiveBenchmark
{
    private const string Subscription = "subscription { dockingEventChanged { kind dataVersion dockingEvent { id docking dockingLocation { name } } } }";

    /// <summary>The <paramref name="document"/>th distinct document: the same events (every id is at least 1), a feed of its own.</summary>
    private static string Document(int document) => document == 0
        ? Subscription
        : Subscription.Replace("dockingEventChanged {", $"dockingEventChanged(where: {{ id: {{ gte: {-document} }} }}) {{", StringComparison.Ordinal);

    public static async Task<int> RunAsync(LiveBenchOptions options)
    {
        var repository = Repository.Find();
        await Repository.BuildGatewayAsync(repository);
        await using var postgres = await ThrowawayPostgres.StartAsync() ?? throw new InvalidOperationException("the live benchmark needs PostgreSQL's binaries (apt-get install postgresql)");
        var database = await postgres.CreateDatabaseAsync("live");
        await using var gateway = await Gateway.StartAsync(repository, "PostgreSQL", database, [$"--Live:MaxSubscriptions={options.Subscribers + 100}", $"--Kestrel:Limits:MaxConcurrentUpgradedConnections={options.Subscribers + 100}"]);
        var socketUri = new Uri($"ws://{gateway.Address.Authority}/graphql");

        // A few subscribers and one import first: what the first delivery compiles is not the subscribers' memory.
        var subscribers = new List<Subscriber>();
        subscribers.AddRange(await OpenAsync(socketUri, 10, options.Documents, first: 0));
        var before0 = Counts(subscribers);
        await ImportAsync(repository, database, round: 0, events: 1);
        await AllReceivedAsync(before0, 1);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var idleBefore = BenchProcess.ResidentMegabytes(gateway.ProcessId);

        Console.Error.WriteLine($"opening {options.Subscribers:N0} subscribers...");
        subscribers.AddRange(await OpenAsync(socketUri, options.Subscribers - subscribers.Count, options.Documents, first: 10));
        var before1 = Counts(subscribers);
        await ImportAsync(repository, database, round: 1, events: 1);
        await AllReceivedAsync(before1, 1);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var idleAfter = BenchProcess.ResidentMegabytes(gateway.ProcessId);
        var perSubscriber = (idleAfter - idleBefore) * 1024 / (options.Subscribers - 10);

        var firsts = new List<double>();
        var lasts = new List<double>();
        var cpu = new List<double>();
        for (var round = 2; round < options.Rounds + 2; round++)
        {
            Console.Error.WriteLine($"import {round - 1} of {options.Rounds}: {options.Events} events to {options.Subscribers:N0} subscribers...");
            var cpuBefore = BenchProcess.ProcessorTime(gateway.ProcessId);
            var before = Counts(subscribers);
            var committed = await ImportAsync(repository, database, round, options.Events);
            await AllReceivedAsync(before, options.Events);
            cpu.Add((BenchProcess.ProcessorTime(gateway.ProcessId) - cpuBefore).TotalMilliseconds);
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

        firsts.Sort();
        lasts.Sort();
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Live updates, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"{options.Subscribers:N0} subscribers over WebSocket (`graphql-transport-ws`, one `ClientWebSocket` each in the bench process) to `{Subscription}` ({(options.Documents == 1 ? "all the same document: one feed" : $"spread over {options.Documents:N0} documents that differ by a `where` every event passes: a feed each")}) on one gateway (Release, Production) over a throwaway PostgreSQL; {options.Rounds} imports of {options.Events} generated events each by the `import` command in another process, whose commit reaches the gateway through `NOTIFY`. Times run from the commit (the data version's `ChangedAt`, set in the committing transaction) to each subscriber's first and last message of that import, over every subscriber and import. Memory is the gateway's resident set after 10 subscribers and one delivery, and again after all of them and one more; {Environment.ProcessorCount} cores, shared by the gateway, PostgreSQL, the importer and the subscribers.");
        report.AppendLine();
        report.AppendLine("| subscribers | documents (feeds) | events an import | commit to first message p50 / p99 | commit to last message p50 / p99 / max | gateway CPU an import | resident memory before / after | memory an idle subscriber |");
        report.AppendLine("|---|---|---|---|---|---|---|---|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| {options.Subscribers:N0} | {options.Documents:N0} | {options.Events} | {Percentile(firsts, 50):0} / {Percentile(firsts, 99):0} ms | {Percentile(lasts, 50):0} / {Percentile(lasts, 99):0} / {lasts[^1]:0} ms | {cpu.Average():0} ms | {idleBefore:0} / {idleAfter:0} MB | {perSubscriber:0.0} KB |");
        await Repository.WriteResultAsync(repository, options.Result, report.ToString());
        return 0;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>Imports <paramref name="events"/> new events (ids of their own for each round); returns when the commit happened.</summary>
    private static async Task<DateTime> ImportAsync(string repository, string connectionString, int round, int events)
    {
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
            await ImportBenchmark.ImportAsync(repository, "PostgreSQL", connectionString, file);
        }
        finally
        {
            File.Delete(file);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var read = new NpgsqlCommand("SELECT \"ChangedAt\" FROM \"DataVersion\"", connection);
        return DateTime.SpecifyKind((DateTime)(await read.ExecuteScalarAsync())!, DateTimeKind.Utc);
    }

    /// <summary>Opens <paramref name="count"/> subscribers, the subscriber numbered n (from <paramref name="first"/>) asking document n modulo <paramref name="documents"/>.</summary>
    private static async Task<List<Subscriber>> OpenAsync(Uri socketUri, int count, int documents, int first)
    {
        var opened = new List<Subscriber>();
        foreach (var chunk in Enumerable.Range(first, count).Chunk(50))
        {
            opened.AddRange(await Task.WhenAll(chunk.Select(n => Subscriber.OpenAsync(socketUri, Document(n % documents)))));
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
            if (clock.Elapsed > TimeSpan.FromMinutes(2))
            {
                throw new TimeoutException($"{before.Count(s => s.Key.Received < s.Value + more)} of {before.Count} subscribers did not get {more} more messages in 2 minutes");
            }

            await Task.Delay(10);
        }
    }

    /// <summary>One subscriber: its socket and when each of its messages arrived.</summary>
    private sealed class Subscriber : IAsyncDisposable
    {
        private readonly ClientWebSocket socket = new();
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

        public static async Task<Subscriber> OpenAsync(Uri uri, string query)
        {
            var subscriber = new Subscriber();
            subscriber.socket.Options.AddSubProtocol("graphql-transport-ws");
            await subscriber.socket.ConnectAsync(uri, CancellationToken.None);
            await subscriber.SendAsync("""{"type":"connection_init"}""");
            var buffer = new byte[4096];
            await subscriber.socket.ReceiveAsync(buffer, CancellationToken.None);
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

        private Task SendAsync(string text) => socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

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

                    // Pings are answered; a `next` is an arrival.
                    var text = buffer.AsSpan(0, length);
                    if (text.IndexOf("\"type\":\"next\""u8) >= 0)
                    {
                        lock (arrivals)
                        {
                            arrivals.Add(DateTime.UtcNow);
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
