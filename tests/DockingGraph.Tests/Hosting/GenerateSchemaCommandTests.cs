using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Hosting;

/// <summary><c>generate-schema</c> as a real process: named input and output folders, and one line and exit 1 for a folder it cannot use.</summary>
public sealed class GenerateSchemaCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dockinggraph-generate-").FullName;

    private static string Schema => Path.Combine(AppContext.BaseDirectory, "schema");

    [Fact]
    public async Task Writes_into_the_output_folder_what_the_schema_folder_holds()
    {
        var output = Path.Combine(folder, "out");

        var run = await GatewayProcess.RunAsync(["generate-schema", "--input", Schema, "--output", output]);

        Assert.Equal(0, run.ExitCode);
        foreach (var file in new[] { "connections.generated.graphql", "filtering.generated.graphql" })
        {
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(Schema, file)), await File.ReadAllTextAsync(Path.Combine(output, file)));
            Assert.Contains($"wrote {Path.Combine(output, file)}", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_input_folder_without_SDL_is_one_line_and_exit_1()
    {
        var run = await GatewayProcess.RunAsync(["generate-schema", "--input", folder]);

        AssertOneLine(run, $"generate-schema: the input {folder} holds no hand-written SDL files (*.graphql)");
    }

    [Fact]
    public async Task A_missing_input_folder_is_one_line_and_exit_1()
    {
        var run = await GatewayProcess.RunAsync(["generate-schema", "--input", Path.Combine(folder, "absent")]);

        AssertOneLine(run, $"generate-schema: the input {Path.Combine(folder, "absent")} is not a folder");
    }

    [Fact]
    public async Task SDL_that_does_not_parse_is_one_line_and_exit_1()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "broken.graphql"), "type Query { broken: }");

        var run = await GatewayProcess.RunAsync(["generate-schema", "--input", folder]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"generate-schema: the SDL in {folder} cannot be generated from: ", Assert.Single(run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output + run.Errors, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static void AssertOneLine(GatewayProcess run, string expected)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(expected, Assert.Single(run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.DoesNotContain("   at ", run.Output + run.Errors, StringComparison.Ordinal);
    }
}
