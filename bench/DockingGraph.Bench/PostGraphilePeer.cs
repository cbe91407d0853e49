using System.Diagnostics;

namespace DockingGraph.Bench;

/// <summary>
/// The performance peer: PostGraphile 4.14.1 with postgraphile-plugin-connection-filter 2.3.0,
/// pinned by <c>bench/postgraphile/package-lock.json</c> and installed with <c>npm ci</c> (like the
/// IDE bundle), serving the same PostgreSQL database. Null where Node.js and npm are absent.
/// </summary>
public sealed class PostGraphilePeer : IAsyncDisposable
{
    private readonly ServerProcess server;

    private PostGraphilePeer(ServerProcess server, Uri endpoint)
    {
        this.server = server;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public int ProcessId => server.Id;

    /// <summary>Why the peer cannot run here, or null when it can.</summary>
    public static string? Unavailable => File.Exists("/usr/bin/node") && File.Exists("/usr/bin/npm") ? null : "Node.js and npm are not installed here";

    public static async Task<PostGraphilePeer> StartAsync(string repository, string postgresUrl)
    {
        var folder = Path.Combine(repository, "bench", "postgraphile");
        if (!File.Exists(Path.Combine(folder, "node_modules", ".bin", "postgraphile")))
        {
            Console.Error.WriteLine("installing PostGraphile (npm ci)...");
            await BenchProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder);
        }

        var port = ThrowawayPostgres.FreePort();
        var start = new ProcessStartInfo(Path.Combine(folder, "node_modules", ".bin", "postgraphile")) { WorkingDirectory = folder };
        foreach (var argument in new[] { "-c", postgresUrl, "--schema", "public", "--append-plugins", "postgraphile-plugin-connection-filter", "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-query-log", "--disable-graphiql" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_ENV"] = "production";
        var endpoint = new Uri($"http://127.0.0.1:{port}/graphql");
        var server = await ServerProcess.StartAsync(start, "PostGraphile", async http =>
        {
            using var content = new StringContent(Scenario.Body("{ __typename }"), System.Text.Encoding.UTF8, "application/json");
            return (await http.PostAsync(endpoint, content)).IsSuccessStatusCode;
        }, TimeSpan.FromSeconds(30));
        return new PostGraphilePeer(server, endpoint);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
