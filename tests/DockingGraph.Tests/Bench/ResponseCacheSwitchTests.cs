using DockingGraph.Bench;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Bench;

/// <summary>
/// <c>suite --response-cache on|off</c> benchmarks the response cache both ways: the gateway is
/// started with it on or off, and its requests are GETs, which the cache answers. Checked here
/// without running the suite: the options, and the load driver's GETs against a gateway.
/// </summary>
public sealed class ResponseCacheSwitchTests
{
    [Theory]
    [InlineData("on", true, "--Caching:ResponseCache:Enabled=true")]
    [InlineData("off", false, "--Caching:ResponseCache:Enabled=false")]
    public void The_switch_sets_the_gateway_s_response_cache(string value, bool on, string setting)
    {
        var options = SuiteOptions.Parse(["--response-cache", value, "--scenarios", "nested"]);

        Assert.Equal(on, options.ResponseCache);
        Assert.Equal([setting], options.GatewaySettings());
    }

    [Fact]
    public void Without_the_switch_the_gateway_is_started_as_before()
    {
        Assert.Empty(SuiteOptions.Parse(["--scenarios", "nested"]).GatewaySettings());
        Assert.Equal(SuiteOptions.MirrorBounds, SuiteOptions.Parse([]).GatewaySettings());
        Assert.Throws<ArgumentException>(() => SuiteOptions.Parse(["--response-cache", "maybe"]));
    }

    [Fact]
    public async Task The_load_driver_s_GETs_are_answered_for_every_scenario()
    {
        using var gateway = new KestrelGateway(("Caching:ResponseCache:Enabled", "true"));

        foreach (var scenario in Scenario.All)
        {
            var round = scenario.Mirror is { } mirror
                ? await LoadDriver.RunAsync(new Uri(gateway.Address, mirror), scenario, body: null, connections: 1, TimeSpan.FromMilliseconds(200))
                : await LoadDriver.RunAsync(gateway.GraphQLEndpoint, scenario, Scenario.Body(scenario.Query), connections: 1, TimeSpan.FromMilliseconds(200), overGet: true);

            Assert.True(round.Failures == 0, $"{scenario.Name}: {round.FirstFailure}");
            Assert.True(round.Requests > 0, scenario.Name);
        }
    }
}
