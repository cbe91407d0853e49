using System.CommandLine;

namespace DockingGraph.Execution.SchemaGeneration;

/// <summary><c>DockingGraph generate-schema [DIR]</c>: (re)writes the generated filter and sort inputs in the schema folder (default <c>schema</c>).</summary>
public static class GenerateSchemaCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "The folder of SDL files.", DefaultValueFactory = _ => "schema" };
        var command = new Command("generate-schema", $"Write the filter and sort input types generated from the SDL's object types into FOLDER/{FilterSchemaGenerator.FileName}.") { folder };
        command.SetAction(result => Run(result.GetRequiredValue(folder)));
        return command;
    }

    public static int Run(string directory)
    {
        if (!Directory.Exists(directory))
        {
            Console.Error.WriteLine($"generate-schema: {Path.GetFullPath(directory)} is not a folder of SDL files");
            return 1;
        }

        var target = Path.Combine(directory, FilterSchemaGenerator.FileName);
        File.WriteAllText(target, FilterSchemaGenerator.Generate(DockingSchema.ReadSdl(directory, withGenerated: false)));
        Console.WriteLine($"wrote {target}");
        return 0;
    }
}
