namespace DockingGraph.Graph.Filtering;

/// <summary><c>DockingGraph generate-schema [DIR]</c>: (re)writes the generated filter and sort inputs in the schema folder (default <c>schema</c>).</summary>
public static class GenerateSchemaCommand
{
    public static int Run(IReadOnlyList<string> arguments)
    {
        var directory = arguments.Count > 0 ? arguments[0] : "schema";
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
