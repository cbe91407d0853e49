using System.Text.Json.Nodes;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Mirror;

/// <summary>Behind a proxy it trusts, the mirror's addresses are the client's (the forwarded scheme and host); from anyone else, the forwarded headers are ignored.</summary>
public sealed class Ll2MirrorBehindAProxyTests
{
    [Fact]
    public async Task Addresses_take_the_forwarded_scheme_and_host_from_a_trusted_proxy_only()
    {
        using var trusting = new KestrelGateway(("ForwardedHeaders:KnownProxies:0", "127.0.0.1"));
        using var trustingNoOne = new KestrelGateway();

        var behind = await PageAsync(trusting);
        var direct = await PageAsync(trustingNoOne);

        Assert.Equal("https://ll2.example.org/2.3.0/docking_events/?limit=2&offset=2", behind["next"]!.GetValue<string>());
        Assert.StartsWith("https://ll2.example.org/2.3.0/docking_events/", behind["results"]![0]!["url"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal($"{trustingNoOne.Address}2.3.0/docking_events/?limit=2&offset=2", direct["next"]!.GetValue<string>());
    }

    private static async Task<JsonNode> PageAsync(KestrelGateway gateway)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(gateway.Address, "/2.3.0/docking_events/?limit=2"));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-Host", "ll2.example.org");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        using var response = await http.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
