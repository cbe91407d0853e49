using System.Text.RegularExpressions;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Import;

/// <summary>
/// <c>DockingGraph import</c> as an operator runs it: the report on standard output, progress on
/// standard error, as a live bar on a terminal and as plain lines when it goes to a file or a log.
/// </summary>
public sealed partial class ImportCommandTests : IDisposable
{
    private readonly string store = Path.Combine(Path.GetTempPath(), $"import-command-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task Off_a_terminal_progress_is_plain_lines_and_the_report_is_on_standard_output()
    {
        var run = await GatewayProcess.RunAsync(ImportArguments(), new Dictionary<string, string> { ["HOME"] = Path.GetTempPath() });

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Matches(PlainProgressLine(), run.Errors);
        Assert.DoesNotContain("\u001b[", run.Errors, StringComparison.Ordinal);
        Assert.Contains("Stored 19 new docking events and updated 0 (read 20 from 5 file(s))", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_terminal_progress_is_a_live_bar()
    {
        // script(1) runs the import on a pseudo-terminal, as an operator's shell would.
        var command = string.Join(' ', ((string[])["dotnet", GatewayProcess.BuiltGateway, .. ImportArguments()]).Select(argument => $"'{argument}'"));

        var run = await GatewayProcess.RunAsync(["script", "--quiet", "--return", "--command", command, "/dev/null"], new Dictionary<string, string> { ["HOME"] = Path.GetTempPath(), ["TERM"] = "xterm-256color", ["COLUMNS"] = "120" }, AppContext.BaseDirectory);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("\u001b[", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"20 events +\d+/s", run.Output);
        Assert.Contains("100%", run.Output, StringComparison.Ordinal);
        Assert.DoesNotMatch(PlainProgressLine(), run.Output);
        Assert.Contains("Stored 19 new docking events", run.Output, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(store);

    private string[] ImportArguments() =>
        ["import", Seeds.Directory, "--Database:Provider=Sqlite", $"--ConnectionStrings:Docking=Data Source={store}"];

    [GeneratedRegex(@"(?m)^imported 20 docking events \([\d,]+/s, 100 % of the input\) in \d+\.\d s\r?$")]
    private static partial Regex PlainProgressLine();
}
