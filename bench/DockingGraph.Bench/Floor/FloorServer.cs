using System.Diagnostics;
using System.Globalization;

namespace DockingGraph.Bench.Floor;

/// <summary>
/// The hand-written floor as the suite runs it: this executable's <c>floor</c> sub-command, over the
/// gateway's store, on a free loopback port. A process of its own, as the gateway and PostGraphile
/// are: in the suite's process its requests would be served by the thread pool and heap the load
/// driver's <c>HttpClient</c> loop runs on, each side slowing the other, and the floor would be
/// measured in conditions neither peer has. It runs with the gateway's collector settings (server
/// GC, <c>ConserveMemory</c> 9, from the gateway's project), so the ratio is the code's, not the GC's.
/// </summary>
public sealed class FloorServer : IAsyncDisposable
{
    /// <summary>The floor's name in the report.</summary>
    public const string Name = "hand-written floor";

    private readonly ServerProcess server;

    private FloorServer(ServerProcess server, Uri address)
    {
        this.server = server;
        Address = address;
    }

    public Uri Address { get; }

    public Uri Endpoint => new(Address, "/graphql");

    public int ProcessId => server.Id;

    /// <summary>Whether the floor answers <paramref name="scenario"/> (the others have no floor row).</summary>
    public static bool Serves(Scenario scenario) => FloorAnswers.Serves(scenario);

    /// <param name="provider"><c>Sqlite</c> or <c>PostgreSQL</c>, as the gateway's <c>Database:Provider</c>.</param>
    public static async Task<FloorServer> StartAsync(string provider, string connectionString)
    {
        var address = new Uri($"http://127.0.0.1:{ThrowawayPostgres.FreePort()}");
        var start = new ProcessStartInfo("dotnet");
        foreach (var argument in (string[])[typeof(FloorServer).Assembly.Location, "floor", "--urls", address.ToString(), "--Provider", provider, "--ConnectionString", connectionString])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = "1";
        start.Environment["DOTNET_GCConserveMemory"] = "9";
        var server = await ServerProcess.StartAsync(start, "floor", async http => (await http.GetAsync(new Uri(address, "/counters"))).IsSuccessStatusCode, TimeSpan.FromSeconds(30));
        Console.Error.WriteLine($"  floor log: {server.Log}");
        return new FloorServer(server, address);
    }

    /// <summary>Its counters so far, in the gateway's terms: statements, requests answered, bytes allocated.</summary>
    public async Task<GatewayMetrics> CountersAsync()
    {
        using var http = new HttpClient();
        var counters = (await http.GetStringAsync(new Uri(Address, "/counters"))).Split(' ').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray();
        return new GatewayMetrics(SqlStatements: counters[1], Requests: counters[0], AllocatedBytes: counters[2]);
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
