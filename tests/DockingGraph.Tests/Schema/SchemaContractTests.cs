using DockingGraph.Execution;
using DockingGraph.Execution.SchemaGeneration;
using DockingGraph.Querying;
using DockingGraph.Tests.Infrastructure;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Visitors;
using Snapshooter.Xunit;

namespace DockingGraph.Tests.Schema;

/// <summary>The schema is a contract: the SDL in schema/ is what is served, and a change to it shows in the snapshot.</summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed class SchemaContractTests(GatewayFactory gateway)
{
    [Fact]
    public async Task The_served_schema_matches_its_snapshot()
    {
        var served = await ServedSdlAsync();

        Snapshot.Match(served);
    }

    [Fact]
    public async Task The_served_schema_is_the_SDL_in_the_schema_folder()
    {
        var served = await ServedSdlAsync();
        var files = DockingSchema.ReadSdl(SchemaFolder());

        Assert.Equal(Normalize(files), Normalize(served));
    }

    [Fact]
    public async Task Regenerating_the_connections_and_the_filter_and_sort_inputs_changes_nothing()
    {
        var folder = SchemaFolder();
        var generated = GenerateSchemaCommand.Generate(folder);

        Assert.Equal([ConnectionSchemaGenerator.FileName, FilterSchemaGenerator.FileName], generated.Select(g => g.FileName));
        foreach (var (fileName, text) in generated)
        {
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(folder, fileName)), text);
        }
    }

    [Fact]
    public async Task Every_type_and_field_has_a_description()
    {
        var document = Parser.Parse(await ServedSdlAsync());
        var missing = new List<string>();
        foreach (var definition in document.Definitions.OfType<GraphQLTypeDefinition>())
        {
            if (definition.Description is null)
            {
                missing.Add(definition.Name.StringValue);
            }

            var fields = definition switch
            {
                GraphQLObjectTypeDefinition o => o.Fields?.Items.Select(f => (f.Name.StringValue, f.Description)),
                GraphQLInputObjectTypeDefinition i => i.Fields?.Items.Select(f => (f.Name.StringValue, f.Description)),
                _ => null,
            };
            missing.AddRange((fields ?? []).Where(f => f.Description is null).Select(f => $"{definition.Name.StringValue}.{f.Item1}"));
        }

        Assert.Empty(missing);
    }

    private async Task<string> ServedSdlAsync()
    {
        using var client = gateway.CreateClient();
        return await client.GetStringAsync("/graphql?sdl");
    }

    /// <summary>The repository's schema/ folder (the copy next to the tests is the same files, but the source is the contract).</summary>
    private static string SchemaFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "DockingGraph.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("DockingGraph.sln not found above the test binaries"), "schema");
    }

    /// <summary>
    /// Each type printed alone, in name order, with the fields its <c>extend type</c> parts add
    /// (the served schema prints a type whole): the same schema gives the same text however its
    /// files order or split it.
    /// </summary>
    private static string Normalize(string sdl)
    {
        var document = Parser.Parse(sdl);
        var extensions = document.Definitions.OfType<GraphQLObjectTypeExtension>().ToLookup(e => e.Name.StringValue);
        foreach (var type in document.Definitions.OfType<GraphQLObjectTypeDefinition>())
        {
            var added = extensions[type.Name.StringValue].SelectMany(e => e.Fields?.Items ?? []).ToList();
            if (added.Count > 0)
            {
                type.Fields = new GraphQLFieldsDefinition([.. type.Fields?.Items ?? [], .. added]);
            }
        }

        var printer = new SDLPrinter(new SDLPrinterOptions { PrintComments = false, EachDirectiveLocationOnNewLine = false });
        var definitions = document.Definitions
            .Where(d => d is not GraphQLObjectTypeExtension)
            .Select(d => printer.Print(d).Trim())
            .Order(StringComparer.Ordinal);
        return string.Join("\n\n", definitions);
    }
}
