using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>The gateway on a real socket (Kestrel on a free loopback port), for clients that are not in this process and for what needs a client's address.</summary>
public sealed class KestrelGateway : GatewayFactory
{
    private readonly (string Key, string Value)[] settings;

    public KestrelGateway()
        : this([])
    {
    }

    /// <param name="settings">Configuration of this gateway (e.g. <c>("RateLimit:PermitLimit", "3")</c>); internal, as a class fixture may have one public constructor.</param>
    internal KestrelGateway(params (string Key, string Value)[] settings)
    {
        this.settings = settings;
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
    }

    /// <summary>The gateway's address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address => new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>The graph's address, e.g. <c>http://127.0.0.1:41234/graphql</c>.</summary>
    public Uri GraphQLEndpoint => new(Address, "/graphql");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
