using System.Text.RegularExpressions;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Import;

/// <summary>
/// <c>DockingGraph import</c> as an operator runs it: the report on standard output, progress on
/// standard error, as a live bar on a terminal and as plain lines when it goes to a file or a log.
/// </summary>
public sealed partial class ImportCommandTests(ImportCommandTests.SeededStore seeded) : IClassFixture<ImportCommandTests.SeededStore>, IDisposable
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

    [Theory]
    [InlineData("\\ud800", "a string holds \\ud800, half of a surrogate pair without its other half, which is not text")]
    [InlineData("\\u0000", "a string holds the NUL character (\\u0000), which PostgreSQL cannot store and LL2 does not send")]
    [InlineData("~~", "a string holds bytes that are not UTF-8")]
    public async Task A_file_with_a_string_that_is_not_text_exits_1_with_one_line_naming_the_file_and_the_path_and_changes_nothing(string spoiled, string reason)
    {
        File.Copy(seeded.File, store);
        var before = await StoredSourcesAsync();
        var body = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(Seeds.File("003")))!;
        body["flight_vehicle_chaser"]!["spacecraft"]!["name"] = "Soyuz SPOILED MS";
        var text = body.ToJsonString().Replace("SPOILED", spoiled, StringComparison.Ordinal);
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        if (spoiled == "~~")
        {
            var at = System.Text.Encoding.UTF8.GetByteCount(text[..text.IndexOf("Soyuz ~~", StringComparison.Ordinal)]) + "Soyuz ".Length;
            (bytes[at], bytes[at + 1]) = ((byte)0xff, (byte)0xfe);
        }

        var bad = Path.Combine(Path.GetTempPath(), $"spoiled-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(bad, bytes);
        try
        {
            var run = await GatewayProcess.RunAsync(["import", Seeds.File("001"), bad, "--Database:Provider=Sqlite", $"--ConnectionStrings:Docking=Data Source={store}"], new Dictionary<string, string> { ["HOME"] = Path.GetTempPath() });

            Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {run.Errors}");
            // Standard error carries the progress, the informational log of the start, and the one line.
            var line = Assert.Single(run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries), error => !error.StartsWith("imported ", StringComparison.Ordinal) && !IsInformation(error));
            Assert.Equal($"import failed, nothing was written: {bad}: $.flight_vehicle_chaser.spacecraft.name: {reason}", line);
            Assert.Equal(before, await StoredSourcesAsync());
        }
        finally
        {
            File.Delete(bad);
        }
    }

    public void Dispose() => File.Delete(store);

    /// <summary>Every stored source document (what every record was made from), read from the store's file.</summary>
    private async Task<string> StoredSourcesAsync()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={store};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) || '|' || group_concat(Kind || ':' || RecordId || ':' || Json, '|') FROM (SELECT Kind, RecordId, Json FROM SourceDocuments ORDER BY 1, 2)";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private string[] ImportArguments() =>
        ["import", Seeds.Directory, "--Database:Provider=Sqlite", $"--ConnectionStrings:Docking=Data Source={store}"];

    /// <summary>
    /// A SQLite file holding the bundled seeds, imported once for the class: each test that needs
    /// a store with data in it runs its command on a copy of its own.
    /// </summary>
    public sealed class SeededStore : IAsyncLifetime, IDisposable
    {
        private readonly TestStore store = new();

        public string File => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(store.ConnectionString).DataSource;

        public async Task InitializeAsync() => Assert.Equal(20, (await store.ImportAsync(Seeds.Directory)).Events);

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => store.Dispose();
    }

    [GeneratedRegex(@"(?m)^imported 20 docking events \([\d,]+/s, 100 % of the input\) in \d+\.\d s\r?$")]
    private static partial Regex PlainProgressLine();

    /// <summary>A line of the console log's information (<c>info:</c> and the message lines it indents).</summary>
    private static bool IsInformation(string line) => line.StartsWith("info: ", StringComparison.Ordinal) || line.StartsWith("      ", StringComparison.Ordinal);
}
