using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Schema;

/// <summary>
/// <c>tools/schema-check/check-schema</c>, which CI runs against the last release: GraphQL
/// Inspector lists what changed between two versions of the schema and fails on a breaking change.
/// </summary>
public sealed class BreakingChangeCheckTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("schema-check-").FullName;

    [Fact]
    public async Task The_schema_against_itself_has_no_changes()
    {
        var schema = await CurrentSchemaAsync();

        var run = await CheckAsync(schema, schema);

        Assert.True(run.ExitCode == 0, run.Output + run.Errors);
        Assert.Contains("No changes detected", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removed_field_is_a_breaking_change_and_fails_the_check()
    {
        var schema = await CurrentSchemaAsync();
        var at = schema.IndexOf("  abbrev: String", StringComparison.Ordinal);
        var renamed = string.Concat(schema.AsSpan(0, at), "  abbreviation: String", schema.AsSpan(at + "  abbrev: String".Length));

        var run = await CheckAsync(schema, renamed);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("✖  Field abbrev was removed from object type Agency", run.Output, StringComparison.Ordinal);
        Assert.Contains("✔  Field abbreviation was added to object type Agency", run.Output, StringComparison.Ordinal);
        Assert.Contains("Detected 1 breaking change", run.Output + run.Errors, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static async Task<string> CurrentSchemaAsync()
    {
        var files = Directory.EnumerateFiles(Path.Combine(PublishedGateway.RepositoryRoot, "schema"), "*.graphql").Order(StringComparer.Ordinal);
        return string.Join('\n', await Task.WhenAll(files.Select(f => File.ReadAllTextAsync(f))));
    }

    private async Task<GatewayProcess> CheckAsync(string old, string current)
    {
        var oldFile = Path.Combine(folder, "old.graphql");
        var newFile = Path.Combine(folder, "new.graphql");
        await File.WriteAllTextAsync(oldFile, old);
        await File.WriteAllTextAsync(newFile, current);
        var script = Path.Combine(PublishedGateway.RepositoryRoot, "tools", "schema-check", "check-schema");
        return await GatewayProcess.RunAsync([script, oldFile, newFile], new Dictionary<string, string> { ["HOME"] = Path.GetTempPath(), ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "" }, folder);
    }
}
