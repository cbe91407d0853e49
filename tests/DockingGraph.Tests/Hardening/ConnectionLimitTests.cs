using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using DockingGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// Kestrel's connection limits, on a real socket: the gateway holds at most
/// <c>Kestrel:Limits:MaxConcurrentConnections</c> connections, however slowly their requests come,
/// and answers normal clients again once the held ones go.
/// </summary>
public sealed class ConnectionLimitTests
{
    [Fact]
    public void The_limits_have_safe_defaults()
    {
        using var gateway = new KestrelGateway();

        var limits = gateway.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.Limits;

        Assert.Equal(1000, limits.MaxConcurrentConnections);
        Assert.Equal(5000, limits.MaxConcurrentUpgradedConnections);
        Assert.Equal(TimeSpan.FromSeconds(10), limits.RequestHeadersTimeout);
        Assert.Equal(TimeSpan.FromSeconds(30), limits.KeepAliveTimeout);
        Assert.Equal(240, limits.MinRequestBodyDataRate!.BytesPerSecond);
        Assert.Equal(TimeSpan.FromSeconds(5), limits.MinRequestBodyDataRate.GracePeriod);
    }

    [Fact]
    public async Task Connections_past_the_cap_are_closed_and_normal_clients_are_answered_once_the_held_ones_go()
    {
        const int Cap = 3;
        // The held bodies are not cut off for coming too slowly while the test looks.
        using var gateway = new KestrelGateway(("Kestrel:Limits:MaxConcurrentConnections", $"{Cap}"), ("Kestrel:Limits:MinRequestBodyDataRate:GracePeriod", "00:10:00"));
        var endpoint = new IPEndPoint(IPAddress.Loopback, gateway.Address.Port);

        // No connection before these (one closing could still be counted and take a held one's place).
        // Slow bodies: each has sent its headers and one byte of a body it says is 1,000 bytes long.
        var held = new List<Socket>();
        try
        {
            for (var i = 0; i < Cap; i++)
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                await socket.ConnectAsync(endpoint);
                await socket.SendAsync(Encoding.ASCII.GetBytes("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"));
                held.Add(socket);
            }

            // Kestrel counts a connection once it has accepted it: wait until the cap is reached.
            await Eventually("a connection past the cap is closed", async () => await ClosedWithoutAnswerAsync(endpoint));
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => StatusAsync(gateway));
        }
        finally
        {
            held.ForEach(s => s.Dispose());
        }

        await Eventually("a normal client is answered once the held connections go", async () =>
        {
            try
            {
                return await StatusAsync(gateway) == HttpStatusCode.OK;
            }
            catch (HttpRequestException)
            {
                return false;
            }
        });
    }

    /// <summary>Whether a new connection is closed by the gateway before any answer to a complete request.</summary>
    private static async Task<bool> ClosedWithoutAnswerAsync(IPEndPoint endpoint)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync(endpoint);
        try
        {
            await socket.SendAsync(Encoding.ASCII.GetBytes("GET /health/live HTTP/1.1\r\nHost: localhost\r\n\r\n"));
            var buffer = new byte[256];
            using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            return await socket.ReceiveAsync(buffer, SocketFlags.None, deadline.Token) == 0;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    private static async Task<HttpStatusCode> StatusAsync(KestrelGateway gateway)
    {
        using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero });
        using var response = await http.PostAsJsonAsync(gateway.GraphQLEndpoint, new { query = "{ __typename }" });
        return response.StatusCode;
    }

    /// <summary>Waits until <paramref name="condition"/> holds, for at most 30 s.</summary>
    private static async Task Eventually(string what, Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"not within 30 s: {what}");
            await Task.Delay(50);
        }
    }
}
