using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Hosting;

/// <summary>
/// What a command prints, as a real process: standard output carries only the command's result
/// (so it can be piped), its logs go to standard error, and a start that cannot listen is one line.
/// </summary>
public sealed class CommandOutputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dockinggraph-commands-").FullName;

    private string Store => Path.Combine(folder, "docking.db");

    [Fact]
    public async Task Migrate_says_what_it_applied_and_prints_nothing_else_on_standard_output()
    {
        var first = await RunAsync("migrate", $"--ConnectionStrings:Docking=Data Source={Store}");
        var second = await RunAsync("migrate", $"--ConnectionStrings:Docking=Data Source={Store}");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches($@"^Applied \d+ migrations? to the SQLite file {Regex.Escape(Store)}: \d{{14}}_\w+(, \d{{14}}_\w+)*\.$", Assert.Single(Lines(first.Output)));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal($"The SQLite file {Store} is up to date; no migration applied.", Assert.Single(Lines(second.Output)));
    }

    [Fact]
    public async Task Import_logs_to_standard_error_and_prints_only_its_report()
    {
        var run = await RunAsync("import", Path.Combine(AppContext.BaseDirectory, "data", "ll2"), $"--ConnectionStrings:Docking=Data Source={Store}");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Stored 19 new docking events", Lines(run.Output)[0], StringComparison.Ordinal);
        Assert.DoesNotContain(Lines(run.Output), line => line.StartsWith("info:", StringComparison.Ordinal) || line.StartsWith("warn:", StringComparison.Ordinal));
        Assert.Contains(Lines(run.Errors), line => line.StartsWith("info:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_port_another_process_listens_on_is_one_line_and_exit_1()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await RunAsync($"--urls=http://127.0.0.1:{port}", $"--ConnectionStrings:Docking=Data Source={Store}", "--Seed:Enabled=false");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(Lines(run.Errors));
        Assert.Equal($"DockingGraph cannot start: Failed to bind to address http://127.0.0.1:{port}: address already in use (another process listens there: stop it, or choose another address with --urls)", line);
        Assert.DoesNotContain("   at ", run.Output + run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("crit:", run.Output + run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_is_one_log_line_with_its_method_path_operation_status_and_time()
    {
        await using var gateway = GatewayProcess.Start(GatewayProcess.BuiltGateway, ["--urls=http://127.0.0.1:0", $"--ConnectionStrings:Docking=Data Source={Store}"], new Dictionary<string, string> { ["HOME"] = Path.GetTempPath() });
        var address = await gateway.ListeningAsync();
        using var http = new HttpClient();

        using var response = await http.PostAsync(new Uri(address, "/graphql"), new StringContent("""{"query":"query LatestDockings { dockingEvents(first: 1) { totalCount } }","operationName":"LatestDockings"}""", System.Text.Encoding.UTF8, "application/json"));
        await gateway.OutputContainsAsync("Operation: LatestDockings", TimeSpan.FromMinutes(1));

        var line = Assert.Single(Lines(gateway.Output), l => l.Contains("Operation: LatestDockings", StringComparison.Ordinal));
        Assert.StartsWith("info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[", line, StringComparison.Ordinal);
        foreach (var field in new[] { " Method: POST ", " Path: /graphql ", " Operation: LatestDockings ", " StatusCode: 200 " })
        {
            Assert.Contains(field, line, StringComparison.Ordinal);
        }

        Assert.Matches(@" Duration: [\d.]+$", line);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static Task<GatewayProcess> RunAsync(params string[] arguments) =>
        GatewayProcess.RunAsync(arguments, new Dictionary<string, string> { ["HOME"] = Path.GetTempPath() });
}
