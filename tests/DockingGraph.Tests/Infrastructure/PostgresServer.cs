using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run, from the machine's own PostgreSQL binaries
/// (Debian's <c>postgresql</c> package): <c>initdb</c> into a temporary folder (as the
/// <c>postgres</c> user when the tests run as root, since initdb refuses root), started on a free
/// loopback port, stopped and removed when the run ends. Each test store is a database of its own.
/// </summary>
public sealed class PostgresServer
{
    private const string ClusterPrefix = "dockinggraph-pg-";

    private static readonly Lazy<PostgresServer?> Instance = new(Start);

    private readonly string dataDirectory;
    private readonly string binaries;

    private PostgresServer(string binaries, string dataDirectory, int port)
    {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The run's server, or null when there are no PostgreSQL binaries on this machine.</summary>
    public static PostgresServer? Shared => Instance.Value;

    /// <summary>Why PostgreSQL tests cannot run here (null when they can).</summary>
    public static string? Unavailable => FindBinaries() is null ? "no PostgreSQL binaries installed (apt-get install postgresql); .ci/run installs them" : null;

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = false }.ToString();

    /// <param name="template">A database to copy (nobody may be connected to it), or null for an empty one.</param>
    public async Task<string> CreateDatabaseAsync(string? template = null)
    {
        var name = $"dockinggraph_test_{Guid.NewGuid():N}";
        await ExecuteAsync(template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        return name;
    }

    public Task DropDatabaseAsync(string name) => ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.EnumerateDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => bin, StringComparer.Ordinal)
                .FirstOrDefault()
            : null;

    private static PostgresServer? Start()
    {
        var binaries = FindBinaries();
        if (binaries is null)
        {
            return null;
        }

        RemoveStoppedClusters();
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"{ClusterPrefix}{Guid.NewGuid():N}");
        Directory.CreateDirectory(dataDirectory);
        Run("chown", "postgres:postgres", dataDirectory);
        var port = FreePort();
        var server = new PostgresServer(binaries, dataDirectory, port);
        server.AsPostgres("initdb", "-D", dataDirectory, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--no-sync");
        server.AsPostgres("pg_ctl", "-D", dataDirectory, "-l", Path.Combine(dataDirectory, "server.log"), "-w", "-o", $"-p {port} -k {dataDirectory} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    private void Stop()
    {
        AsPostgres("pg_ctl", "-D", dataDirectory, "-m", "fast", "-w", "stop");
        Directory.Delete(dataDirectory, recursive: true);
    }

    /// <summary>Clusters of earlier runs that are no longer running (a run that was killed cannot clean up after itself).</summary>
    private static void RemoveStoppedClusters()
    {
        foreach (var directory in Directory.EnumerateDirectories(Path.GetTempPath(), $"{ClusterPrefix}*"))
        {
            if (!File.Exists(Path.Combine(directory, "postmaster.pid")))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    /// <summary>A PostgreSQL program, as the postgres user when the tests run as root.</summary>
    private void AsPostgres(string program, params string[] arguments)
    {
        var path = Path.Combine(binaries, program);
        if (Environment.UserName == "root")
        {
            Run("runuser", ["-u", "postgres", "--", path, .. arguments]);
        }
        else
        {
            Run(path, arguments);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error} {output.Result}");
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
