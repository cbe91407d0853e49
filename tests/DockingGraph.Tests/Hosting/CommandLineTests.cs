using DockingGraph.CommandLine;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Hosting;

/// <summary>
/// The command line as people type it: help and version, each command's own help, the rule for
/// host settings, and usage errors (exit 2) for anything else unknown.
/// </summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_lists_the_commands_and_exits_0(string help)
    {
        var run = await GatewayProcess.RunAsync([help]);

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "serve", "import", "migrate", "generate-schema", "healthcheck", "--urls", "--environment", "--Database:Provider" })
        {
            Assert.Contains(command, run.Output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("serve", true, true)]
    [InlineData("healthcheck", true, true)]
    [InlineData("import", false, true)]
    [InlineData("migrate", false, true)]
    [InlineData("generate-schema", false, false)]
    public async Task A_command_lists_only_the_host_options_that_mean_something_to_it(string command, bool urls, bool environment)
    {
        var run = await GatewayProcess.RunAsync([command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(urls, run.Output.Contains("--urls", StringComparison.Ordinal));
        Assert.Equal(environment, run.Output.Contains("--environment", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("import", "--from-api")]
    [InlineData("healthcheck", "--url")]
    [InlineData("generate-schema", "--output")]
    [InlineData("migrate", "Bring the store's schema up to date")]
    [InlineData("serve", "Serve the graph")]
    public async Task Each_command_has_its_own_help(string command, string mentioned)
    {
        var run = await GatewayProcess.RunAsync([command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"DockingGraph {command}", run.Output, StringComparison.Ordinal);
        Assert.Contains(mentioned, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_prints_the_gateway_version()
    {
        var run = await GatewayProcess.RunAsync(["--version"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output.Trim());
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("--frobnicate")]
    [InlineData("--frobnicate=1")]
    [InlineData("serve", "extra")]
    [InlineData("import")]
    [InlineData("import", "--from-api", "not-an-address")]
    [InlineData("healthcheck", "--url", "nowhere")]
    [InlineData("--Database:Provider")]
    [InlineData("--Foo=")]
    [InlineData("serve", "--frobnicate=")]
    public async Task Anything_else_unknown_prints_usage_on_stderr_and_exits_2(params string[] arguments)
    {
        var run = await GatewayProcess.RunAsync(arguments);

        Assert.Equal(GatewayCommandLine.UsageError, run.ExitCode);
        Assert.Contains("Usage:", run.Errors, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Theory]
    [InlineData(new[] { "--urls", "http://127.0.0.1:1234" }, "--urls=http://127.0.0.1:1234")]
    [InlineData(new[] { "--urls=http://127.0.0.1:1234" }, "--urls=http://127.0.0.1:1234")]
    [InlineData(new[] { "--environment", "Staging" }, "--environment=Staging")]
    [InlineData(new[] { "--environment=Staging" }, "--environment=Staging")]
    [InlineData(new[] { "--Database:Provider", "PostgreSQL" }, "--Database:Provider=PostgreSQL")]
    [InlineData(new[] { "--Database:Provider=PostgreSQL" }, "--Database:Provider=PostgreSQL")]
    [InlineData(new[] { "--ConnectionStrings:Docking=Host=db;Database=docking" }, "--ConnectionStrings:Docking=Host=db;Database=docking")]
    [InlineData(new[] { "--ConnectionStrings:Docking", "Data Source=/data/x.db" }, "--ConnectionStrings:Docking=Data Source=/data/x.db")]
    [InlineData(new[] { "serve", "--Kestrel:Endpoints:Http:Url", "http://0.0.0.0:80" }, "--Kestrel:Endpoints:Http:Url=http://0.0.0.0:80")]
    [InlineData(new[] { "--GraphQL=" }, "--GraphQL=")]
    public void Host_settings_with_a_space_or_equals_reach_the_host(string[] arguments, string reaching)
    {
        var host = GatewayCommandLine.Parse(arguments).Host;

        Assert.NotNull(host);
        Assert.Equal(HostCommand.Serve, host.Command);
        Assert.Equal([reaching], host.HostArguments);
    }

    [Fact]
    public void Import_takes_paths_and_host_settings_in_any_order()
    {
        var host = GatewayCommandLine.Parse(["import", "data/ll2", "--ConnectionStrings:Docking", "Data Source=x.db", "/tmp/more.json", "--environment=Staging"]).Host;

        Assert.NotNull(host);
        Assert.Equal(HostCommand.Import, host.Command);
        Assert.Equal(["data/ll2", "/tmp/more.json"], host.ImportPaths);
        Assert.Equal(["--ConnectionStrings:Docking=Data Source=x.db", "--environment=Staging"], host.HostArguments);
    }

    [Fact]
    public void No_command_serves()
    {
        var host = GatewayCommandLine.Parse([]).Host;

        Assert.NotNull(host);
        Assert.Equal(HostCommand.Serve, host.Command);
        Assert.Empty(host.HostArguments);
    }

    [Fact]
    public void Import_from_the_api_and_migrate_are_host_commands()
    {
        var sync = GatewayCommandLine.Parse(["import", "--from-api", "https://ll.example/2.3.0/docking_events/"]).Host;
        var migrate = GatewayCommandLine.Parse(["migrate", "--Database:Provider=PostgreSQL"]).Host;

        Assert.NotNull(sync);
        Assert.NotNull(migrate);
        Assert.Equal(new Uri("https://ll.example/2.3.0/docking_events/"), sync.ImportFromApi);
        Assert.Equal(HostCommand.Migrate, migrate.Command);
        Assert.Equal(["--Database:Provider=PostgreSQL"], migrate.HostArguments);
    }
}
