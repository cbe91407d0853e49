using System.Text.Json.Nodes;
using DockingGraph.Http.Live;
using DockingGraph.Import;
using DockingGraph.Storage;
using DockingGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.Live;

/// <summary>A gateway without seeds on a real socket, that imports through its own importer: what its subscribers see is what its commits (or another instance's) send.</summary>
public sealed class LiveGateway : GatewayFactory
{
    private readonly (string Key, string Value)[] settings;

    public LiveGateway(StoreProvider provider, params (string Key, string Value)[] settings)
        : base(seed: false, provider)
    {
        this.settings = settings;
        Listen();
    }

    /// <summary>Another instance over <paramref name="shared"/>.</summary>
    public LiveGateway(TestDatabase shared, params (string Key, string Value)[] settings)
        : base(shared, seed: false)
    {
        this.settings = settings;
        Listen();
    }

    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>The graph as a WebSocket address.</summary>
    public Uri WebSocket => new($"ws://{Address.Authority}/graphql");

    public Uri GraphQL => new(Address, "/graphql");

    public LiveClient Subscribe(string transport, string query, object? variables = null) =>
        LiveClient.Start(transport, transport == "ws" ? WebSocket : GraphQL, query, variables);

    /// <summary>Waits until <paramref name="count"/> clients are subscribed here.</summary>
    public async Task SubscribedAsync(int count)
    {
        var feeds = Services.GetRequiredService<SubscriptionFeeds>();
        for (var waited = 0; feeds.Clients < count; waited += 20)
        {
            Assert.True(waited < 30_000, $"{feeds.Clients} of {count} clients subscribed after 30 s");
            await Task.Delay(20);
        }
    }

    public async Task ImportAsync(JsonObject page) => await ImportAsync(page.ToJsonString());

    /// <summary>Imports a body (it may be corrupt: the import then fails, and nothing is written).</summary>
    public async Task ImportAsync(string body)
    {
        var file = Path.Combine(Path.GetTempPath(), $"live-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, body);
        try
        {
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

    private void Listen()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
    }
}
