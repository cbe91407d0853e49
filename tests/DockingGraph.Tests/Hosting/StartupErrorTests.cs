using System.Net;
using System.Net.Sockets;
using DockingGraph.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace DockingGraph.Tests.Hosting;

/// <summary>
/// What an operator sees for a wrong setting or a store that is not there: one line on standard
/// error naming the setting and what it allows, exit code 1, no stack trace.
/// </summary>
public sealed class StartupErrorTests
{
    [Theory]
    [InlineData("Database:Provider is \"MySql\"; allowed: Sqlite, PostgreSQL", "--Database:Provider", "MySql")]
    [InlineData("ConnectionStrings:Docking is not set; Database:Provider PostgreSQL needs one", "--Database:Provider=PostgreSQL")]
    [InlineData("ConnectionStrings:Docking is not a valid PostgreSQL connection string", "--Database:Provider=PostgreSQL", "--ConnectionStrings:Docking=Hots=db")]
    [InlineData("Database:StartupTimeout is -00:00:01; allowed: a duration of zero or more", "--Database:StartupTimeout=-00:00:01")]
    [InlineData("Database:PlanCacheMode is \"generic\"; allowed: auto, force_generic_plan, force_custom_plan", "--Database:PlanCacheMode=generic")]
    [InlineData("Failed to convert configuration value 'abc' at 'GraphQL:MaxDepth'", "--GraphQL:MaxDepth", "abc")]
    [InlineData("GraphQL:MaxRequestedItems must be 1 or more", "--GraphQL:MaxRequestedItems=0")]
    [InlineData("Sync:Source must be an absolute http(s) address", "--Sync:Source=ftp://ll")]
    [InlineData("Seed:Path must be an existing file or folder", "--Seed:Path=/no/such/seeds")]
    [InlineData("LL2:MaxAttempts must be 1 or more", "--LL2:MaxAttempts=0")]
    [InlineData("Failed to convert configuration value 'maybe' at 'Ide:Enabled'", "--Ide:Enabled=maybe")]
    [InlineData("RateLimit:PermitLimit must be 0 (off) or more", "--RateLimit:PermitLimit=-1")]
    [InlineData("RateLimit:ApiKeySha256 must list SHA-256 hashes of the keys in hex", "--RateLimit:ApiKeySha256:0=secret")]
    [InlineData("RateLimit:RefuseUnknownApiKeys needs RateLimit:ApiKeyHeader", "--RateLimit:RefuseUnknownApiKeys=true")]
    [InlineData("ForwardedHeaders:KnownProxies must be IP addresses", "--ForwardedHeaders:KnownProxies:0=proxy.internal")]
    [InlineData("Kestrel:Limits:MaxConcurrentConnections must be 1 or more", "--Kestrel:Limits:MaxConcurrentConnections=0")]
    [InlineData("GraphQL:ExecutionTimeout must be a positive duration", "--GraphQL:ExecutionTimeout=00:00:00")]
    [InlineData("GraphQL:MaxCost must be 1 or more", "--GraphQL:MaxCost=0")]
    [InlineData("Import:ChunkSize must be a number of events from 1 to 100000", "--Import:ChunkSize=0")]
    [InlineData("Caching:DataVersionRefreshInterval must be a duration from 1 ms to 1 day", "--Caching:DataVersionRefreshInterval=00:00:00")]
    [InlineData("Caching:CacheControl must be a Cache-Control value", "--Caching:CacheControl=max-age=soon")]
    [InlineData("Caching:ResponseCache:MaxEntryBytes must be 1024 or more", "--Caching:ResponseCache:MaxEntryBytes=10")]
    public async Task A_bad_setting_is_one_line_naming_it_and_exit_1(string line, params string[] arguments)
    {
        var run = await RunAsync(arguments);

        AssertOneLine(run, line);
    }

    [Fact]
    public async Task An_SQLite_file_that_cannot_be_opened_is_one_line_and_exit_1()
    {
        var run = await RunAsync(["--ConnectionStrings:Docking", "Data Source=/no/such/folder/docking.db"]);

        AssertOneLine(run, "the SQLite file /no/such/folder/docking.db cannot be opened");
    }

    [Fact]
    public async Task A_database_made_by_the_folded_pre_release_migrations_is_one_line_saying_to_rebuild_it()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pre-release-{Guid.NewGuid():N}.db");
        using (var connection = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            connection.Open();
            using var history = connection.CreateCommand();
            history.CommandText = """
                CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT NOT NULL PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsHistory" VALUES ('20261124140427_InitialDockingModel', '10.0.15');
                """;
            history.ExecuteNonQuery();
        }

        try
        {
            var run = await RunAsync(["--ConnectionStrings:Docking", $"Data Source={file}"]);

            AssertOneLine(run, $"the SQLite file {file} was made by migrations this version does not have (20261124140427_InitialDockingModel); it is a development database from before the migrations were folded into one: rebuild it (delete the SQLite file, or drop and create the PostgreSQL database) and start again");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_trusted_document_not_named_by_its_hash_is_one_line_and_exit_1()
    {
        var folder = Directory.CreateTempSubdirectory("dockinggraph-trusted-").FullName;
        var store = Path.Combine(folder, "docking.db");
        File.WriteAllText(Path.Combine(folder, "events.graphql"), "{ __typename }");
        try
        {
            var run = await RunAsync([$"--PersistedDocuments:Path={folder}", $"--ConnectionStrings:Docking=Data Source={store}", "--Seed:Enabled=false"]);

            AssertOneLine(run, $"the trusted document {Path.Combine(folder, "events.graphql")} is not named by the SHA-256 of its text");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_seed_file_that_is_not_LL2_JSON_is_one_line_and_exit_1()
    {
        var folder = Directory.CreateTempSubdirectory("dockinggraph-bad-seed-").FullName;
        var seed = Path.Combine(folder, "seed.json");
        await File.WriteAllTextAsync(seed, "not json\nat all");
        try
        {
            var run = await RunAsync([$"--ConnectionStrings:Docking=Data Source={Path.Combine(folder, "docking.db")}", $"--Seed:Path={seed}"]);

            AssertOneLine(run, $"the seed data cannot be imported, nothing was written: {seed}: not complete JSON");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_home_where_the_default_data_folder_cannot_be_made_is_one_line_and_exit_1()
    {
        var file = Path.Combine(Path.GetTempPath(), $"not-a-home-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(file, "");
        try
        {
            var run = await GatewayProcess.RunAsync([], new Dictionary<string, string> { ["HOME"] = file });

            AssertOneLine(run, $"the default SQLite folder {file}/.local/share/DockingGraph cannot be made");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_PostgreSQL_that_never_comes_up_is_waited_for_then_one_line_and_exit_1()
    {
        var port = PostgresServer.FreePort();

        var run = await RunAsync(["--Database:Provider=PostgreSQL", $"--ConnectionStrings:Docking=Host=127.0.0.1;Port={port};Username=docking", "--Database:StartupTimeout=00:00:02"]);

        AssertOneLine(run, $"the PostgreSQL database docking on tcp://127.0.0.1:{port} could not be reached within 2 s (Database:StartupTimeout)");
        Assert.Contains("is not reachable yet", run.Output, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_PostgreSQL_that_comes_up_while_the_gateway_waits_is_used()
    {
        Stores.SkipWithout(StoreProvider.PostgreSQL);
        using var database = TestDatabase.Create(StoreProvider.PostgreSQL);
        var server = PostgresServer.Shared!;

        // The database's address answers only once the gateway has said it is waiting for it: a
        // server that comes up late, whatever the speed of the machine.
        var port = PostgresServer.FreePort();
        var connection = database.ConnectionString.Replace($"Port={server.Port}", $"Port={port}", StringComparison.Ordinal);
        await using var gateway = GatewayProcess.Start(GatewayProcess.BuiltGateway, ["--urls=http://127.0.0.1:0", "--Database:Provider=PostgreSQL", $"--ConnectionStrings:Docking={connection}", "--Seed:Enabled=false", "--Database:StartupTimeout=00:02:00"], new Dictionary<string, string> { ["HOME"] = Path.GetTempPath() });
        await using var late = LateForwarder.Start(port, server.Port, gateway.OutputContainsAsync("is not reachable yet", TimeSpan.FromMinutes(2)));

        var address = await gateway.ListeningAsync();

        using var http = new HttpClient();
        Assert.Equal("Healthy", await http.GetStringAsync(new Uri(address, "/health/ready")));
    }

    private static Task<GatewayProcess> RunAsync(string[] arguments) =>
        GatewayProcess.RunAsync(arguments, new Dictionary<string, string> { ["HOME"] = Path.GetTempPath() });

    private static void AssertOneLine(GatewayProcess run, string expected)
    {
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("DockingGraph cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output + run.Errors, StringComparison.Ordinal);
    }

    /// <summary>Forwards a loopback port to another once something has happened: a server that comes up late.</summary>
    private sealed class LateForwarder : IAsyncDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly Task running;

        private LateForwarder(int port, int target, Task comesUp) => running = RunAsync(port, target, comesUp, stop.Token);

        public static LateForwarder Start(int port, int target, Task comesUp) => new(port, target, comesUp);

        public async ValueTask DisposeAsync()
        {
            await stop.CancelAsync();
            await running.ContinueWith(_ => { }, TaskScheduler.Default);
            stop.Dispose();
        }

        private static async Task RunAsync(int port, int target, Task comesUp, CancellationToken cancellationToken)
        {
            await comesUp.WaitAsync(cancellationToken);
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            try
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    var client = await listener.AcceptTcpClientAsync(cancellationToken);
                    _ = PipeAsync(client, target, cancellationToken);
                }
            }
            finally
            {
                listener.Stop();
            }
        }

        private static async Task PipeAsync(TcpClient client, int target, CancellationToken cancellationToken)
        {
            using (client)
            using (var upstream = new TcpClient())
            {
                await upstream.ConnectAsync(IPAddress.Loopback, target, cancellationToken);
                var a = client.GetStream();
                var b = upstream.GetStream();
                await Task.WhenAny(a.CopyToAsync(b, cancellationToken), b.CopyToAsync(a, cancellationToken));
            }
        }
    }
}
