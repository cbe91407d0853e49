using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;

namespace DockingGraph.Bench;

/// <summary>
/// The load generator of the suite: an in-process <see cref="HttpClient"/> loop with a fixed
/// number of connections, each sending its next request as soon as the last is answered, for a
/// bounded time. Every answer must be a 200 with <c>data</c> and no <c>errors</c> (an LL2 mirror's:
/// with <c>results</c>); anything else is counted as a failure (and the first one kept, to say what
/// went wrong). Requests are POSTs, or GETs with the query in the address
/// (<paramref name="overGet"/>), which HTTP caching answers; with no body, GETs of the address.
/// </summary>
public static class LoadDriver
{
    public static async Task<RoundResult> RunAsync(Uri endpoint, Scenario scenario, string? body, int connections, TimeSpan duration, bool overGet = false, CancellationToken cancellationToken = default)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, AutomaticDecompression = DecompressionMethods.None };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new List<double>[connections];
        var failures = 0;
        string? firstFailure = null;
        var clock = Stopwatch.StartNew();
        var end = duration;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async client =>
        {
            var mine = latencies[client] = [];
            string? cursor = null;
            while (clock.Elapsed < end && !cancellationToken.IsCancellationRequested)
            {
                var started = clock.Elapsed;
                using var request = body is null ? new HttpRequestMessage(HttpMethod.Get, endpoint) : Request(endpoint, scenario.Walks ? WithCursor(body, cursor) : body, overGet);
                using var response = await http.SendAsync(request, cancellationToken);
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                mine.Add((clock.Elapsed - started).TotalMilliseconds);
                if (!response.IsSuccessStatusCode || !(body is null ? IsPage(text) : IsData(text, scenario, ref cursor)))
                {
                    Interlocked.Increment(ref failures);
                    Interlocked.CompareExchange(ref firstFailure, $"{(int)response.StatusCode}: {text[..Math.Min(text.Length, 300)]}", null);
                }
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new RoundResult(all.Count, seconds, all, failures, firstFailure);
    }

    /// <summary>A POST of the JSON body, or a GET with its query and variables as parameters.</summary>
    private static HttpRequestMessage Request(Uri endpoint, string body, bool overGet)
    {
        if (!overGet)
        {
            return new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }

        using var json = JsonDocument.Parse(body);
        var address = $"{endpoint}?query={Uri.EscapeDataString(json.RootElement.GetProperty("query").GetString()!)}";
        if (json.RootElement.TryGetProperty("variables", out var variables) && variables.ValueKind == JsonValueKind.Object)
        {
            address += $"&variables={Uri.EscapeDataString(variables.GetRawText())}";
        }

        return new HttpRequestMessage(HttpMethod.Get, address);
    }

    /// <summary>The body with <c>"after"</c> set to the cursor the walk has reached (null: from the start).</summary>
    private static string WithCursor(string body, string? cursor)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(body)!;
        node["variables"] = new System.Text.Json.Nodes.JsonObject { ["after"] = cursor };
        return node.ToJsonString();
    }

    /// <summary>Whether an LL2 answer is a page.</summary>
    private static bool IsPage(string text)
    {
        using var json = JsonDocument.Parse(text);
        return json.RootElement.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array;
    }

    /// <summary>Whether the answer has data and no errors; for a walk, where it goes next (null at the end: start again).</summary>
    private static bool IsData(string text, Scenario scenario, ref string? cursor)
    {
        using var json = JsonDocument.Parse(text);
        if (json.RootElement.TryGetProperty("errors", out _) || !json.RootElement.TryGetProperty("data", out var data))
        {
            return false;
        }

        if (scenario.Walks)
        {
            var pageInfo = data.EnumerateObject().First().Value.GetProperty("pageInfo");
            cursor = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }

        return true;
    }
}

/// <summary>What one round of load got: requests answered, in how long, their latencies in order (ms), and failures.</summary>
public sealed record RoundResult(int Requests, double Seconds, IReadOnlyList<double> Latencies, int Failures, string? FirstFailure)
{
    public double RequestsPerSecond => Requests / Seconds;

    public double Percentile(double p) => Latencies.Count == 0 ? double.NaN : Latencies[Math.Clamp((int)Math.Ceiling(p / 100 * Latencies.Count) - 1, 0, Latencies.Count - 1)];
}
