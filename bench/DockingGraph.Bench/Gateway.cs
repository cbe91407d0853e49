using System.Diagnostics;

namespace DockingGraph.Bench;

/// <summary>The gateway as a Release build in Production, on a free loopback port, over the given store (seeded with the bundled LL2 responses when it is empty).</summary>
public sealed class Gateway : IAsyncDisposable
{
    private readonly ServerProcess server;

    private Gateway(ServerProcess server, Uri address)
    {
        this.server = server;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => server.Id;

    /// <summary>The gateway's exit code if it has exited (it must not during a run).</summary>
    public int? ExitCode => server.ExitCode;

    /// <summary>From starting the process to <paramref name="ready"/>'s first yes.</summary>
    public TimeSpan ReadyAfter => server.ReadyAfter;

    /// <param name="settings">More command-line settings (<c>--Telemetry:Prometheus=true</c>).</param>
    /// <param name="ready">When it counts as started; by default when <c>/health/ready</c> says so.</param>
    /// <param name="dll">Another build of the gateway (a published baseline); by default the repository's Release build.</param>
    public static async Task<Gateway> StartAsync(string repository, string provider, string connectionString, string[]? settings = null, Func<HttpClient, Uri, Task<bool>>? ready = null, string? dll = null)
    {
        dll ??= Repository.GatewayDll(repository);
        var address = new Uri($"http://127.0.0.1:{ThrowawayPostgres.FreePort()}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)! };
        foreach (var argument in (string[])[dll, "--urls", address.ToString(), "--Database:Provider", provider, $"--ConnectionStrings:Docking={connectionString}", "--Logging:LogLevel:Default=Warning", .. settings ?? []])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        ready ??= async (http, gateway) => (await http.GetAsync(new Uri(gateway, "/health/ready"))).IsSuccessStatusCode;
        var server = await ServerProcess.StartAsync(start, "gateway", http => ready(http, address), TimeSpan.FromMinutes(1));
        Console.Error.WriteLine($"  gateway log: {server.Log}");
        return new Gateway(server, address);
    }

    /// <summary>Where its output went, for when something goes wrong.</summary>
    public string Log => server.Log;

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
