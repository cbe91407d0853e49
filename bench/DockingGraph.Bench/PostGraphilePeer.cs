using System.Diagnostics;

namespace DockingGraph.Bench;

/// <summary>
/// The performance peer: PostGraphile 4.14.1 with postgraphile-plugin-connection-filter 2.3.0,
/// pinned by <c>bench/postgraphile/package-lock.json</c> and installed with <c>npm ci</c> (like the
/// IDE bundle), serving the same PostgreSQL database. Null where Node.js and npm are absent.
/// </summary>
public sealed class PostGraphilePeer : IAsyncDisposable
{
    private readonly Process process;

    private PostGraphilePeer(Process process, Uri endpoint)
    {
        this.process = process;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public int ProcessId => process.Id;

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
        var start = new ProcessStartInfo(Path.Combine(folder, "node_modules", ".bin", "postgraphile")) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var argument in new[] { "-c", postgresUrl, "--schema", "public", "--append-plugins", "postgraphile-plugin-connection-filter", "--host", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--disable-query-log", "--disable-graphiql" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_ENV"] = "production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("PostGraphile could not be started");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var peer = new PostGraphilePeer(process, new Uri($"http://127.0.0.1:{port}/graphql"));
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                using var content = new StringContent(Scenario.Body("{ __typename }"), System.Text.Encoding.UTF8, "application/json");
                if ((await http.PostAsync(peer.Endpoint, content)).IsSuccessStatusCode)
                {
                    return peer;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"PostGraphile exited ({process.ExitCode}) before it answered");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("PostGraphile did not answer within 30 s");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
