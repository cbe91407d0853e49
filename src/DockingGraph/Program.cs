using DockingGraph.Changes;
using DockingGraph.CommandLine;
using DockingGraph.Execution;
using DockingGraph.Http;
using DockingGraph.Http.Live;
using DockingGraph.Import;
using DockingGraph.Mirror;
using DockingGraph.Sync;
using DockingGraph.Telemetry;

var commandLine = GatewayCommandLine.Parse(args);
if (commandLine.Host is not { } invocation)
{
    // --help, --version, a usage error, generate-schema, healthcheck: no host needed.
    return await commandLine.InvokeAsync();
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = invocation.HostArguments,

    // The gateway's own files (appsettings.json, schema/, data/) sit next to the binary; the working
    // directory stays the caller's, so `import data/ll2` means what the caller sees.
    ContentRootPath = AppContext.BaseDirectory,
});
builder.AddCommandLogging(invocation);
builder.AddDockingTelemetry();
builder.Services.AddDockingStore(builder.Configuration);
builder.Services.AddLl2Import(builder.Configuration);
builder.Services.AddLl2Sync(builder.Configuration);
builder.Services.AddDockingGraph(builder.Configuration);
builder.Services.AddGraphQLHttp(builder.Configuration);
builder.Services.AddLl2Mirror();
builder.Services.AddChangeDelivery(builder.Configuration);
builder.Services.AddLiveUpdates(builder.Configuration);
builder.Services.AddDockingHttp(builder.Configuration, builder.Environment);

var app = builder.Build();
app.UseDockingHttp();
app.UseLiveUpdates();
app.MapDockingTelemetry();
app.MapDockingGraph("/graphql");
app.MapLl2Mirror();
return await app.RunAsync(invocation);

/// <summary>The entry point, named so that the tests' <c>WebApplicationFactory&lt;Program&gt;</c> can find it.</summary>
public partial class Program
{
}
