using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>The gateway on a real socket (Kestrel on a free loopback port), for clients that are not in this process.</summary>
public sealed class KestrelGateway : GatewayFactory
{
    public KestrelGateway()
    {
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
    }

    /// <summary>The graph's address, e.g. <c>http://127.0.0.1:41234/graphql</c>.</summary>
    public Uri GraphQLEndpoint =>
        new(new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), "/graphql");
}
