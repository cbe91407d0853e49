using System.Net;
using System.Net.Sockets;

namespace DockingGraph.Bench;

/// <summary>
/// A PostgreSQL cluster for one benchmark run, from Debian's <c>postgresql</c> binaries: initdb
/// into a temporary folder (as the <c>postgres</c> user when run as root), started on a free
/// loopback port, removed at the end.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string binaries;
    private readonly string data;

    private ThrowawayPostgres(string binaries, string data, int port)
    {
        this.binaries = binaries;
        this.data = data;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=dockinggraph_bench";

    /// <returns>The cluster, or null when this machine has no PostgreSQL binaries (the run says so).</returns>
    public static async Task<ThrowawayPostgres?> StartAsync()
    {
        var binaries = Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb"))) : null;
        if (binaries is null)
        {
            return null;
        }

        var data = Path.Combine(Path.GetTempPath(), $"dockinggraph-bench-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(data);
        var port = FreePort();
        var server = new ThrowawayPostgres(binaries, data, port);
        if (Environment.UserName == "root")
        {
            await BenchProcess.RunAsync("chown", ["postgres:postgres", data]);
        }

        await server.AsPostgresAsync("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync"]);
        // The server's output goes to its log: the server outlives pg_ctl and would hold our pipe open.
        // Room for the gateway's pool (Npgsql's 100 at most: a detailed page's batches run side by
        // side), the floor's and the peers', and the suite's own psql.
        await server.AsPostgresAsync("pg_ctl", ["-D", data, "-l", Path.Combine(data, "server.log"), "-o", $"-p {port} -k {data} -c listen_addresses=127.0.0.1 -c fsync=off -c shared_preload_libraries=pg_stat_statements -c max_connections=300", "-w", "start"]);
        await server.AsPostgresAsync("createdb", ["-h", "127.0.0.1", "-p", $"{port}", "-U", "postgres", "dockinggraph_bench"]);
        return server;
    }

    /// <summary>A new, empty database on the cluster; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name)
    {
        await AsPostgresAsync("createdb", ["-h", "127.0.0.1", "-p", $"{Port}", "-U", "postgres", name]);
        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name}";
    }

    public async ValueTask DisposeAsync()
    {
        await AsPostgresAsync("pg_ctl", ["-D", data, "-m", "immediate", "stop"]);
        Directory.Delete(data, recursive: true);
    }

    /// <summary>The statements the cluster has run in <paramref name="database"/> so far (pg_stat_statements, BEGIN and COMMIT included).</summary>
    public async Task<long> StatementsAsync(string database)
    {
        var text = await AsPostgresAsync("psql", ["-h", "127.0.0.1", "-p", $"{Port}", "-U", "postgres", "-d", database, "-Atc",
            "CREATE EXTENSION IF NOT EXISTS pg_stat_statements; SELECT coalesce(sum(calls), 0) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = current_database() AND s.query NOT LIKE '%pg_stat_statements%'"]);
        return long.Parse(text.Trim().Split('\n')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The database's address as libpq (and PostGraphile) reads it.</summary>
    public string Url(string database) => $"postgres://postgres@127.0.0.1:{Port}/{database}";

    private Task<string> AsPostgresAsync(string tool, string[] arguments) =>
        Environment.UserName == "root"
            ? BenchProcess.RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(binaries, tool), .. arguments], "/")
            : BenchProcess.RunAsync(Path.Combine(binaries, tool), arguments);

    /// <summary>A loopback port nobody listens on now (for the cluster and the gateway).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
