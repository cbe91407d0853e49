using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DockingGraph.Bench;

/// <summary>
/// One attack of the red-team run: its class number and what it sends, the gateway settings it
/// needs (a gateway with other settings is started for it), and whether the probe client runs
/// beside it (not under a rate limit, which would count the probe too). An attack the harness does
/// not send names where it is covered instead.
/// </summary>
public sealed record RedTeamAttack(string Number, string Name, Func<AttackRun, Task>? RunAsync, string[]? Settings = null, bool Probe = true, string? CoveredBy = null)
{
    public string[] GatewaySettings => Settings ?? [];
}

/// <summary>
/// The attacks of the red-team review, each built as the review describes it, every one bounded in
/// count and time (<see cref="AttackRun.Budget"/>). Shapes that depend on the schema (sort keys,
/// the scalars of a page) are generated from the served schema.
/// </summary>
public static class RedTeamAttacks
{
    private const string SortInput = "DockingEventSortInput";
    private const string SortedPage = "query ($o: [DockingEventSortInput!]) { dockingEvents(first: 10, order: $o) { nodes { id } } }";

    public static IReadOnlyList<RedTeamAttack> All(ServedSchema schema) =>
    [
        new("1a", "fragment chain: 60 fragments of 30 levels, each spreading the next", run => run.PostAsync(Body(FragmentChain(60, 30)))),
        new("1b", "fragment chain: 20 fragments of 45 levels", run => run.PostAsync(Body(FragmentChain(20, 45)))),
        new("2a", "variable default: a 600-branch `or` in a `where` variable's default", run => run.PostAsync(Body(
            $"query ($w: DockingEventFilterInput = {{ or: [{string.Join(", ", Enumerable.Range(0, 600).Select(i => $"{{ id: {{ eq: {i} }} }}"))}] }}) {{ dockingEvents(where: $w, first: 10) {{ totalCount nodes {{ id }} }} }}"))),
        new("2b", "variable default: 20,000 search terms in a default", run => run.PostAsync(Body(
            $"query ($s: String = \"{string.Join(' ', Enumerable.Range(0, 20_000).Select(i => $"term{i}"))}\") {{ dockingEvents(search: $s, first: 10) {{ totalCount nodes {{ id }} }} }}"))),
        new("2c", "variable default: a page size given by a default (`$n: Int = 1000`)", run => run.PostAsync(Body("query ($n: Int = 1000) { dockingEvents(first: $n) { nodes { id } } }"))),
        new("3a", "sort keys: one `order` element holding every sortable key through to-one relations", run =>
        {
            var element = schema.SortElement(SortInput, 2_000, 8, "ASC");
            run.Note($"{Keys(element):N0} keys");
            return run.PostAsync(Body(SortedPage, new JsonObject { ["o"] = new JsonArray(element) }));
        }),
        new("3b", "sort keys: ten `order` elements of ~800 keys", run =>
        {
            var elements = new JsonArray([.. Enumerable.Range(0, 10).Select(i => (JsonNode)schema.SortElement(SortInput, 800, 8, i % 2 == 0 ? "ASC" : "DESC"))]);
            run.Note($"{elements.Sum(e => Keys(e!.AsObject())):N0} keys");
            return run.PostAsync(Body(SortedPage, new JsonObject { ["o"] = elements }));
        }),
        new("4a", "introspection-depth walk: 8 fragments on `__Type`, each spreading the next 6 times, the last unknown", run =>
        {
            var query = IntrospectionWalk(8, 3, cyclic: false);
            run.Note($"{Encoding.UTF8.GetByteCount(query)} bytes");
            return run.PostAsync(Body(query));
        }),
        new("4b", "introspection-depth walk: the same chain, the last spreading the first (cyclic)", run =>
        {
            var query = IntrospectionWalk(8, 3, cyclic: true);
            run.Note($"{Encoding.UTF8.GetByteCount(query)} bytes");
            return run.PostAsync(Body(query));
        }),
        new("5a", "huge Int: a 1,000,000-digit integer for `first: $n`", run => run.PostAsync(HugeInt())),
        new("5b", "huge Int: 8 concurrent", run => run.PostConcurrentlyAsync(HugeInt(), 8)),
        new("6", "empty objects in `or`: 330,000 `{}` in one variable reused by 99 aliases", run =>
        {
            var aliases = string.Join(" ", Enumerable.Range(0, 99).Select(i => $"a{i}: dockingEvents(where: $w, first: 1) {{ totalCount }}"));
            var body = $"{{\"query\":\"query ($w: DockingEventFilterInput) {{ {aliases} }}\",\"variables\":{{\"w\":{{\"or\":[{string.Join(',', Enumerable.Repeat("{}", 330_000))}]}}}}}}";
            run.Note($"{body.Length / 1024} KB");
            return run.PostAsync(body);
        }),
        new("7a", "operationName tags: 11 requests with distinct 1 MB `operationName`s (Prometheus off)", OperationNamesAsync),
        new("7b", "operationName tags: the same with Prometheus on, then `GET /metrics`", OperationNamesAsync, ["--Telemetry:Prometheus=true"]),
        new("8", "largest answer: 62 aliased 100-event pages with 9 to-one objects, 16 concurrent", run =>
        {
            var selection = schema.Selection("DockingEvent", 9, 4);
            return run.PostConcurrentlyAsync(Body($"{{ {string.Join(" ", Enumerable.Range(0, 62).Select(i => $"a{i}: dockingEvents(first: 100) {{ nodes {{ {selection} }} }}"))} }}"), 16);
        }),
        new("9", "filter + search work: 99 aliases of a 10-long-term search and a 200-node `where`, 8 concurrent", run =>
        {
            var aliases = string.Join(" ", Enumerable.Range(0, 99).Select(i => $"a{i}: dockingEvents(first: 100, search: $s, where: $w) {{ totalCount nodes {{ id dockingLocation {{ name }} }} }}"));
            var search = string.Join(' ', Enumerable.Range(0, 10).Select(i => $"{i}{new string((char)('a' + i), 99)}"));
            var where = new JsonObject
            {
                ["or"] = new JsonArray([
                    .. Enumerable.Range(0, 65).Select(i => (JsonNode)new JsonObject { ["dockingLocation"] = new JsonObject { ["name"] = new JsonObject { ["contains"] = $"port {i}" } } }),
                    .. Enumerable.Range(0, 2).Select(i => (JsonNode)new JsonObject { ["url"] = new JsonObject { ["contains"] = $"docking_event/{i}" } }),
                ]),
            };
            return run.PostConcurrentlyAsync(Body($"query ($s: String, $w: DockingEventFilterInput) {{ {aliases} }}", new JsonObject { ["s"] = search, ["w"] = where }), 8);
        }),
        new("10", "distinct orders: up to 2,000 requests, each a different `order` (4 clients, 30 s)", run =>
        {
            var paths = schema.SortPaths(SortInput, 2);
            run.Note($"{paths.Count} keys permuted");
            return run.SendManyAsync(2_000, 4, i => Body(SortedPage, new JsonObject
            {
                ["o"] = new JsonArray([.. new[] { i % paths.Count, i / paths.Count % paths.Count, i / paths.Count / paths.Count % paths.Count }.Select(k => (JsonNode)SortKey(paths[k]))]),
            }));
        }),
        new("11", "document cache: up to 1,200 distinct large admitted documents (40 `in` lists of 100, skipped; 4 clients, 30 s)", run =>
        {
            var lists = string.Join(" ", Enumerable.Range(0, 40).Select(_ => $"{{ id: {{ in: [{string.Join(' ', Enumerable.Range(0, 100).Select(v => v % 10))}] }} }}"));
            run.Note($"{lists.Length / 1024} KB each");
            return run.SendManyAsync(1_200, 4, i => Body($"query Q{i} {{ __typename dockingEvents(first: 1, where: {{ or: [{lists}] }}) @skip(if: true) {{ nodes {{ id }} }} }}"));
        }),
        new("12", "`GET /graphql?sdl` with introspection off", async run =>
        {
            var answer = await run.GetAsync("/graphql?sdl");
            run.Note(answer.Text.Contains("type Query", StringComparison.Ordinal) ? $"schema printed ({answer.Bytes:N0} bytes)" : "no schema");
        }, ["--GraphQL:Introspection=false"]),
        new("13", "slow-body connections: 2,000 that send headers and a Content-Length, then a byte a second; closed after 10 s", SlowBodiesAsync),
        new("14a", "HTTP 500 shapes: a lone surrogate `\\ud800` in `query`", run => run.PostAsync("{\"query\":\"{ __typename } # \\ud800\"}")),
        new("14b", "HTTP 500 shapes: a lone surrogate in `operationName`", run => run.PostAsync("{\"query\":\"query A { __typename }\",\"operationName\":\"A\\ud800\"}")),
        new("14c", "HTTP 500 shapes: a lone surrogate in `id`", run => run.PostAsync("{\"id\":\"\\ud800\"}")),
        new("14d", "HTTP 500 shapes: invalid UTF-8 in a JSON string", run => run.PostAsync([.. "{\"query\":\"{ __typename } # "u8, 0xC3, 0x28, 0xFF, .. "\"}"u8])),
        new("14e", "HTTP 500 shapes: a duplicate key in `variables`", run => run.PostAsync("{\"query\":\"query ($n: Int) { dockingEvents(first: $n) { nodes { id } } }\",\"variables\":{\"n\":1,\"n\":2}}")),
        new("14f", "HTTP 500 shapes: a 900 KB `id`", run => run.PostAsync($"{{\"id\":\"{new string('a', 900 * 1024)}\"}}")),
        new("15", "rate-limit keys: limit 2, six requests with random `X-Api-Key` values, then three without", RateLimitKeysAsync, ["--RateLimit:PermitLimit=2", "--RateLimit:ApiKeyHeader=X-Api-Key"], Probe: false),
        new("16", "hostile sync: an LL2 page with a lone surrogate or a non-http `next`", null, CoveredBy: "covered by tests (the sync helper's hostile pages), not a request"),
        new("17a", "WebSocket handshake never finished: 2,000 connections that upgrade and never send `connection_init`", run => WebSocketAttacks.NeverInitialisedAsync(run, 2_000)),
        new("17b", "WebSocket garbage: 500 connections, each a 4 KB text message of random printable characters after the handshake", run => WebSocketAttacks.GarbageAsync(run, 500)),
        new("17c", "WebSocket deep JSON: 200 connections, each a message of arrays nested 30,000 deep", run => WebSocketAttacks.DeepJsonAsync(run, 200, 30_000)),
        new("17d", "WebSocket huge message: 100 connections, each 4 MB in 16 KB frames", run => WebSocketAttacks.FragmentedAsync(run, 100, 4 * 1024 * 1024)),
        new("17e", "WebSocket huge frame: 100 raw connections, each a frame whose header claims 1 GiB, then up to 4 MB of it", run => WebSocketAttacks.OversizedFrameAsync(run, 100, 1L << 30, 4 * 1024 * 1024)),
        new("17f", "WebSocket hostile documents: classes 1a, 4a and 4b and two root fields, subscribed on one connection", run => WebSocketAttacks.DocumentsAsync(run, [FragmentChain(60, 30), IntrospectionWalk(8, 6, cyclic: false), IntrospectionWalk(8, 6, cyclic: true), "subscription { a: dockingEventChanged { kind } b: dockingEventChanged { kind } }"])),
        new("17g", "WebSocket subscribe flood: 1,000 subscribes on one connection without waiting", run => WebSocketAttacks.SubscribeFloodAsync(run, 1_000)),
        new("17h", "WebSocket text that is not UTF-8: 500 connections, each a 4 KB message of random bytes", run => WebSocketAttacks.InvalidTextAsync(run, 500)),
    ];

    /// <summary>
    /// <paramref name="fragments"/> fragments on SpaceStation, each nesting <paramref name="levels"/>
    /// levels (station → its ports' page → nodes → the port's station) and spreading the next at the
    /// bottom; the query spreads the first.
    /// </summary>
    public static string FragmentChain(int fragments, int levels)
    {
        var text = new StringBuilder("{ spaceStations(first: 1) { nodes { ...F0 } } }");
        for (var i = 0; i < fragments; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $" fragment F{i} on SpaceStation {{ ");
            text.Insert(text.Length, "dockingLocations(first: 1) { nodes { spacestation { ", levels / 3);
            text.Append(i + 1 < fragments ? $"...F{i + 1}" : "id");
            text.Insert(text.Length, " } } }", levels / 3);
            text.Append(" }");
        }

        return text.ToString();
    }

    /// <summary>
    /// Introspection of every type through a chain of <paramref name="fragments"/> fragments on
    /// <c>__Type</c>, each spreading the next <paramref name="spreads"/> times under <c>ofType</c> and as
    /// many under <c>fields { type }</c>; the last fragment spreads one that is never defined, or the first (<paramref name="cyclic"/>).
    /// </summary>
    public static string IntrospectionWalk(int fragments, int spreads, bool cyclic)
    {
        var text = new StringBuilder("{ __schema { types { ...T0 } } }");
        for (var i = 0; i < fragments; i++)
        {
            var next = string.Join(" ", Enumerable.Repeat($"...T{(cyclic && i + 1 == fragments ? 0 : i + 1)}", spreads));
            text.Append(CultureInfo.InvariantCulture, $" fragment T{i} on __Type {{ ofType {{ {next} }} fields {{ type {{ {next} }} }} }}");
        }

        return text.ToString();
    }

    private static string Body(string query, JsonObject? variables = null) =>
        new JsonObject { ["query"] = query, ["variables"] = variables }.ToJsonString();

    private static string HugeInt() =>
        $"{{\"query\":\"query ($n: Int) {{ dockingEvents(first: $n) {{ nodes {{ id }} }} }}\",\"variables\":{{\"n\":{new string('7', 1_000_000)}}}}}";

    private static int Keys(JsonObject element) =>
        element.Sum(pair => pair.Value is JsonObject nested ? Keys(nested) : 1);

    private static JsonObject SortKey(string[] path)
    {
        JsonNode node = JsonValue.Create(path.Length % 2 == 0 ? "DESC" : "ASC");
        foreach (var name in path.Reverse())
        {
            node = new JsonObject { [name] = node };
        }

        return node.AsObject();
    }

    private static async Task OperationNamesAsync(AttackRun run)
    {
        for (var i = 0; i < 11 && !run.Budget.IsCancellationRequested; i++)
        {
            var name = $"N{i}{Guid.NewGuid():N}" + new string('x', 1_000_000 - 34);
            await run.PostAsync($"{{\"query\":\"{{ __typename }}\",\"operationName\":\"{name}\"}}");
        }

        var metrics = await run.GetAsync("/metrics", record: false);
        run.Note($"then `GET /metrics`: {metrics.Status} ({metrics.Bytes:N0} bytes)");
    }

    private static async Task RateLimitKeysAsync(AttackRun run)
    {
        var keyed = new List<AttackAnswer>();
        for (var i = 0; i < 6; i++)
        {
            keyed.Add(await run.PostAsync(Body("{ __typename }"), new Dictionary<string, string>(StringComparer.Ordinal) { ["X-Api-Key"] = Guid.NewGuid().ToString("N") }));
        }

        var keyless = new List<AttackAnswer>();
        for (var i = 0; i < 3; i++)
        {
            keyless.Add(await run.PostAsync(Body("{ __typename }")));
        }

        run.Note($"random keys: {keyed.Count(a => a.Status == "200")} of 6 passed; keyless: {string.Join(", ", keyless.Select(a => a.Status))}");
    }

    /// <summary>Connections that send a request's headers and promise a body they send a byte a second of, closed after 10 s.</summary>
    private static async Task SlowBodiesAsync(AttackRun run)
    {
        const int connections = 2_000;
        var sockets = new List<Socket>();
        var header = Encoding.ASCII.GetBytes($"POST /graphql HTTP/1.1\r\nHost: {run.Address.Authority}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{{");
        var opened = System.Diagnostics.Stopwatch.StartNew();
        var refused = 0;
        using var gate = new SemaphoreSlim(100);
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async _ =>
        {
            await gate.WaitAsync();
            try
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    await socket.ConnectAsync(run.Address.Host, run.Address.Port);
                    await socket.SendAsync(header);
                    lock (sockets)
                    {
                        sockets.Add(socket);
                    }
                }
                catch (SocketException)
                {
                    Interlocked.Increment(ref refused);
                    socket.Dispose();
                }
            }
            finally
            {
                gate.Release();
            }
        }));
        run.Note($"{sockets.Count:N0} opened in {opened.Elapsed.TotalSeconds:0.0} s, {refused} refused");
        var trickle = System.Diagnostics.Stopwatch.StartNew();
        var space = " "u8.ToArray();
        while (trickle.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(1000);
            foreach (var socket in sockets)
            {
                try
                {
                    socket.Send(space, SocketFlags.None, out _);
                }
                catch (ObjectDisposedException)
                {
                }
            }
        }

        var buffer = new byte[64];
        foreach (var socket in sockets)
        {
            var status = "no answer";
            if (socket.Poll(0, SelectMode.SelectRead))
            {
                var read = socket.Receive(buffer, SocketFlags.None, out var error);
                status = error != SocketError.Success || read == 0 ? "closed by the server" : Encoding.ASCII.GetString(buffer, 0, read) is var text && text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? text[9..12] : "other";
            }

            run.Record(new AttackAnswer(status, "", trickle.Elapsed.TotalSeconds, 0, ""));
            socket.Dispose();
        }
    }
}
