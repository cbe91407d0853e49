using System.Diagnostics;

namespace DockingGraph.Bench;

/// <summary>The gateway as a Release build in Production, on a free loopback port, over the given store (seeded with the bundled LL2 responses).</summary>
public sealed class Gateway : IAsyncDisposable
{
    private readonly Process process;

    private Gateway(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => process.Id;

    /// <summary>The gateway's exit code if it has exited (it must not during a run).</summary>
    public int? ExitCode => process.HasExited ? process.ExitCode : null;

    public static async Task<Gateway> StartAsync(string repository, string provider, string connectionString, params string[] settings)
    {
        var dll = Repository.GatewayDll(repository);
        var port = ThrowawayPostgres.FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        foreach (var argument in (string[])[dll, "--urls", $"http://127.0.0.1:{port}", "--Database:Provider", provider, $"--ConnectionStrings:Docking={connectionString}", "--Logging:LogLevel:Default=Warning", .. settings])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("the gateway could not be started");
        // Its output goes to a log of its own, for when something goes wrong.
        var log = TextWriter.Synchronized(new StreamWriter(Path.Combine(Path.GetTempPath(), $"dockinggraph-bench-gateway-{port}.log")) { AutoFlush = true });
        Console.Error.WriteLine($"  gateway log: {Path.Combine(Path.GetTempPath(), $"dockinggraph-bench-gateway-{port}.log")}");
        process.OutputDataReceived += (_, e) => log.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => log.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var gateway = new Gateway(process, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient();
        for (var attempt = 0; attempt < 600; attempt++)
        {
            try
            {
                if ((await http.GetAsync(new Uri(gateway.Address, "/health/ready"))).IsSuccessStatusCode)
                {
                    return gateway;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"the gateway exited ({process.ExitCode}) before it was ready");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the gateway was not ready within a minute");
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
