using System.CommandLine;
using DockingGraph.Http;

namespace DockingGraph.CommandLine;

/// <summary>
/// <c>DockingGraph healthcheck</c>: asks a running gateway's <c>/health/ready</c> and exits 0 when
/// it is ready, 1 otherwise: the container's <c>HEALTHCHECK</c> (the aspnet image has no curl or
/// wget). The address is the one the gateway listens on, read from the same settings
/// (<c>Kestrel:Endpoints</c>, <c>ASPNETCORE_URLS</c> / <c>--urls</c>, <c>ASPNETCORE_HTTP_PORTS</c>),
/// unless <c>--url</c> gives it.
/// </summary>
public static class HealthcheckCommand
{
    /// <param name="hostSettings">The host's settings on this command line (<c>--urls</c>, <c>--Kestrel:...</c>).</param>
    public static Command Create(Func<ParseResult, IEnumerable<string>> hostSettings)
    {
        var url = AbsoluteUri.Option("--url", "The gateway's address, e.g. http://localhost:8080 (default: where the gateway's settings say it listens).");
        var timeout = new Option<double>("--timeout") { Description = "Seconds to wait for the answer.", DefaultValueFactory = _ => 5 };
        var command = new Command("healthcheck", "Ask a running gateway whether it is ready (/health/ready): exit 0 when it is, 1 when not.") { url, timeout };
        command.SetAction((result, cancellationToken) =>
        {
            var address = result.GetValue(url) ?? ListeningAddress.FromSettings(hostSettings(result));
            return ProbeAsync(address, TimeSpan.FromSeconds(result.GetValue(timeout)), cancellationToken);
        });
        return command;
    }

    public static async Task<int> ProbeAsync(Uri address, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var ready = new Uri(address, "/health/ready");
        using var http = new HttpClient { Timeout = timeout };
        try
        {
            using var response = await http.GetAsync(ready, cancellationToken);
            var status = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
            Console.WriteLine($"{ready}: {(int)response.StatusCode} {status}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync($"{ready}: no answer ({ex.Message})");
            return 1;
        }
    }
}
