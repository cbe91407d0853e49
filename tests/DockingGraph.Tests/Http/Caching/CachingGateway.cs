using System.Text.Json.Nodes;
using DockingGraph.Import;
using DockingGraph.Storage;
using DockingGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.Http.Caching;

/// <summary>A gateway without seeds and with caching settings of its own, that imports through its own importer (this process's import path).</summary>
internal sealed class CachingGateway : GatewayFactory
{
    private readonly (string Key, string Value)[] settings;

    public CachingGateway(StoreProvider provider, params (string Key, string Value)[] settings)
        : base(seed: false, provider) => this.settings = settings;

    /// <summary>Another instance over <paramref name="shared"/>, a store other instances use too.</summary>
    public CachingGateway(TestDatabase shared, params (string Key, string Value)[] settings)
        : base(shared, seed: false) => this.settings = settings;

    public async Task ImportAsync(JsonObject page)
    {
        var file = Path.Combine(Path.GetTempPath(), $"caching-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, page.ToJsonString());
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
