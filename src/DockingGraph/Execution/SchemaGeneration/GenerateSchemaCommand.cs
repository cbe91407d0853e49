using System.CommandLine;
using DockingGraph.Execution.Binding;

namespace DockingGraph.Execution.SchemaGeneration;

/// <summary>
/// <c>DockingGraph generate-schema [--input DIR] [--output DIR]</c>: reads the hand-written SDL of the
/// input folder (default <c>schema</c>) and writes the generated SDL into the output folder (default:
/// the input): the connections the bindings declare, then the filter and sort inputs of every type
/// they reach. A folder that is missing, holds no SDL or cannot be written is one line and exit 1.
/// </summary>
public static class GenerateSchemaCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "The folder of hand-written SDL files (*.graphql) to read.", DefaultValueFactory = _ => "schema" };
        var output = new Option<string?>("--output") { Description = "The folder to write the generated files into (default: the input folder)." };
        var command = new Command("generate-schema", $"Write the connections the bindings declare into OUTPUT/{ConnectionSchemaGenerator.FileName}, and the filter and sort inputs generated from the SDL's object types into OUTPUT/{FilterSchemaGenerator.FileName}.") { input, output };
        command.SetAction(result => Run(result.GetRequiredValue(input), result.GetValue(output)));
        return command;
    }

    /// <summary>The generated files of <paramref name="directory"/>: name and text.</summary>
    public static IReadOnlyList<(string FileName, string Text)> Generate(string directory) =>
        Generate(DockingSchema.ReadSdl(directory, withGenerated: false), GraphBindings.Of(GraphBindings.Declared()));

    /// <summary>The generated files for the hand-written SDL <paramref name="handWritten"/> and the bindings' declarations.</summary>
    public static IReadOnlyList<(string FileName, string Text)> Generate(string handWritten, GraphBindings graph)
    {
        var connections = ConnectionSchemaGenerator.Generate(handWritten, graph);
        return
        [
            (ConnectionSchemaGenerator.FileName, connections),
            (FilterSchemaGenerator.FileName, FilterSchemaGenerator.Generate(handWritten + "\n" + connections)),
        ];
    }

    public static int Run(string input, string? output = null)
    {
        output ??= input;
        if (!Directory.Exists(input))
        {
            return Fail($"the input {Path.GetFullPath(input)} is not a folder");
        }

        if (DockingSchema.ReadSdl(input, withGenerated: false).Length == 0)
        {
            return Fail($"the input {Path.GetFullPath(input)} holds no hand-written SDL files (*.graphql)");
        }

        IReadOnlyList<(string FileName, string Text)> generated;
        try
        {
            generated = Generate(input);
        }
        catch (Exception ex) when (ex is GraphQLParser.Exceptions.GraphQLSyntaxErrorException or InvalidOperationException or ArgumentException)
        {
            return Fail($"the SDL in {Path.GetFullPath(input)} cannot be generated from: {FirstLine(ex.Message)}");
        }

        try
        {
            Directory.CreateDirectory(output);
            foreach (var (fileName, text) in generated)
            {
                var target = Path.Combine(output, fileName);
                File.WriteAllText(target, text);
                Console.WriteLine($"wrote {target}");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail($"the output {Path.GetFullPath(output)} cannot be written: {ex.Message}");
        }

        return 0;
    }

    private static int Fail(string line)
    {
        Console.Error.WriteLine($"generate-schema: {line}");
        return 1;
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}
