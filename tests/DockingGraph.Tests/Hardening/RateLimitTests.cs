using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// The rate limit per client, on a real socket (so that clients have addresses): per address,
/// per forwarded address only behind a configured proxy, per known API key (an unknown one counts
/// as its address, or is refused); health exempt; a 429 with
/// Retry-After and a GraphQL error; off unless configured.
/// </summary>
public sealed class RateLimitTests
{
    private const int Permits = 3;

    [Fact]
    public async Task Past_its_permits_a_client_gets_a_429_with_retry_after_and_a_graphql_error_while_health_answers()
    {
        using var gateway = LimitedGateway();
        using var http = new HttpClient();

        for (var i = 0; i < Permits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await QueryAsync(http, gateway)).StatusCode);
        }

        using var refused = await QueryAsync(http, gateway);
        var body = await refused.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 3600);
        Assert.Equal("RATE_LIMITED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(gateway.Address, "/health/ready"))).StatusCode);
    }

    [Fact]
    public async Task The_LL2_mirror_counts_against_the_same_permits_and_refuses_as_DRF_does()
    {
        using var gateway = LimitedGateway();
        using var http = new HttpClient();

        for (var i = 0; i < Permits - 1; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(gateway.Address, "/2.3.0/docking_events/"))).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await QueryAsync(http, gateway)).StatusCode);
        using var refused = await http.GetAsync(new Uri(gateway.Address, "/2.3.0/docking_events/151/"));
        var body = await refused.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.StartsWith("Request was throttled. Expected available in ", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behind_a_configured_proxy_each_forwarded_client_has_its_own_permits()
    {
        using var gateway = LimitedGateway(("ForwardedHeaders:KnownProxies:0", "127.0.0.1"));
        using var http = new HttpClient();

        for (var i = 0; i < Permits; i++)
        {
            await QueryAsync(http, gateway, forwardedFor: "203.0.113.1");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await QueryAsync(http, gateway, forwardedFor: "203.0.113.1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await QueryAsync(http, gateway, forwardedFor: "203.0.113.2")).StatusCode);
    }

    [Fact]
    public async Task A_forwarded_address_from_anyone_else_is_ignored()
    {
        using var gateway = LimitedGateway();
        using var http = new HttpClient();

        for (var i = 0; i < Permits; i++)
        {
            await QueryAsync(http, gateway, forwardedFor: $"203.0.113.{i + 10}");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await QueryAsync(http, gateway, forwardedFor: "203.0.113.99")).StatusCode);
    }

    [Fact]
    public async Task Each_known_api_key_has_its_own_permits()
    {
        using var gateway = LimitedGateway(KnownKeys("first", "second"));
        using var http = new HttpClient();

        for (var i = 0; i < Permits; i++)
        {
            await QueryAsync(http, gateway, apiKey: "first");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await QueryAsync(http, gateway, apiKey: "first")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await QueryAsync(http, gateway, apiKey: "second")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_api_key_is_limited_as_its_address_is()
    {
        using var gateway = LimitedGateway(KnownKeys("first"));
        using var http = new HttpClient();

        for (var i = 0; i < Permits; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await QueryAsync(http, gateway, apiKey: Guid.NewGuid().ToString())).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await QueryAsync(http, gateway, apiKey: Guid.NewGuid().ToString())).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await QueryAsync(http, gateway)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await QueryAsync(http, gateway, apiKey: "first")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_api_key_is_a_401_when_unknown_keys_are_refused()
    {
        using var gateway = LimitedGateway([.. KnownKeys("first"), ("RateLimit:RefuseUnknownApiKeys", "true")]);
        using var http = new HttpClient();

        using var refused = await QueryAsync(http, gateway, apiKey: "guessed");
        var body = await refused.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("AUTH_NOT_AUTHENTICATED", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, (await QueryAsync(http, gateway, apiKey: "first")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await QueryAsync(http, gateway)).StatusCode);
    }

    [Fact]
    public async Task Without_configuration_there_is_no_limit()
    {
        using var gateway = LimitedGateway(("RateLimit:PermitLimit", "0"));
        using var http = new HttpClient();

        for (var i = 0; i < Permits * 4; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await QueryAsync(http, gateway)).StatusCode);
        }
    }

    private static async Task<HttpResponseMessage> QueryAsync(HttpClient http, KestrelGateway gateway, string? forwardedFor = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, gateway.GraphQLEndpoint) { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return await http.SendAsync(request);
    }

    /// <summary>The settings that make the <c>X-Api-Key</c> values <paramref name="keys"/> known, by their SHA-256 only.</summary>
    private static (string Key, string Value)[] KnownKeys(params string[] keys) =>
        [("RateLimit:ApiKeyHeader", "X-Api-Key"), .. keys.Select((key, i) => ($"RateLimit:ApiKeySha256:{i}", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))))];

    /// <summary>A gateway on a loopback socket allowing <see cref="Permits"/> requests an hour per client, and <paramref name="settings"/>.</summary>
    private static KestrelGateway LimitedGateway(params (string Key, string Value)[] settings) =>
        new([("RateLimit:PermitLimit", $"{Permits}"), ("RateLimit:Window", "01:00:00"), .. settings]);
}
