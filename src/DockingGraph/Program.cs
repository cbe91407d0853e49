using DockingGraph;
using DockingGraph.Graph;
using DockingGraph.Graph.Filtering;
using DockingGraph.Hosting;
using DockingGraph.Import;
using DockingGraph.Sync;

var command = DockingGraphCommand.Parse(args);
if (command.Name == "generate-schema")
{
    return GenerateSchemaCommand.Run(command.Arguments);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = command.HostArguments,

    // The gateway's own files (appsettings.json, schema/, data/) sit next to the binary; the working
    // directory stays the caller's, so `import data/ll2` means what the caller sees.
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Services.AddDockingStore(builder.Configuration);
builder.Services.AddLl2Import();
builder.Services.AddLl2Sync(builder.Configuration);
builder.Services.AddDockingGraph(builder.Configuration);
builder.Services.AddDockingHttp(builder.Configuration, builder.Environment);

var app = builder.Build();
if (command.Name == "import")
{
    return await app.RunImportAsync(command.Arguments);
}

if (command.Name == "migrate")
{
    // For deployments that migrate before they start instances; the server migrates at start too.
    await app.PrepareDockingStoreAsync(seedWhenEmpty: false);
    return 0;
}

await app.PrepareDockingStoreAsync();
app.UseDockingHttp();
app.MapDockingGraph("/graphql");
await app.RunAsync();
return 0;

/// <summary>The entry point, named so that the tests' <c>WebApplicationFactory&lt;Program&gt;</c> can find it.</summary>
public partial class Program
{
}
