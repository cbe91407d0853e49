using System.Text.Json.Nodes;
using DockingGraph.Import;
using DockingGraph.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>A gateway over generated LL2 data (one list page, imported at start) instead of the seeds.</summary>
public abstract class GeneratedDataGateway : GatewayFactory, IAsyncLifetime
{
    protected GeneratedDataGateway(StoreProvider provider)
        : base(seed: false, provider)
    {
    }

    public async Task InitializeAsync()
    {
        if (Provider == StoreProvider.PostgreSQL && PostgresServer.Unavailable is not null)
        {
            // The tests skip themselves, saying why.
            return;
        }

        var file = Path.Combine(Path.GetTempPath(), $"generated-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, Generate().ToJsonString());
        try
        {
            _ = Server;
            await Services.GetRequiredService<Ll2Importer>().ImportAsync([file]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>The LL2 list page to import.</summary>
    protected abstract JsonObject Generate();
}
