using System.CommandLine;
using DockingGraph.Execution.Binding;

namespace DockingGraph.Execution.SchemaGeneration;

/// <summary>
/// <c>DockingGraph generate-schema [DIR]</c>: (re)writes the generated SDL in the schema folder
/// (default <c>schema</c>): the connections the bindings declare, then the filter and sort inputs of
/// every type they reach.
/// </summary>
public static class GenerateSchemaCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "The folder of SDL files.", DefaultValueFactory = _ => "schema" };
        var command = new Command("generate-schema", $"Write the connections the bindings declare into FOLDER/{ConnectionSchemaGenerator.FileName}, and the filter and sort inputs generated from the SDL's object types into FOLDER/{FilterSchemaGenerator.FileName}.") { folder };
        command.SetAction(result => Run(result.GetRequiredValue(folder)));
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

    public static int Run(string directory)
    {
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"generate-schema: {Path.GetFullPath(directory)} is not a folder of SDL files");
            return 1;
        }

        foreach (var (fileName, text) in Generate(directory))
        {
            var target = Path.Combine(directory, fileName);
            File.WriteAllText(target, text);
            Console.WriteLine($"wrote {target}");
        }

        return 0;
    }
}
