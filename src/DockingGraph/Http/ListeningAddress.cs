using Microsoft.Extensions.Configuration;

namespace DockingGraph.Http;

/// <summary>
/// Where a gateway with these settings listens, as Kestrel decides it: <c>Kestrel:Endpoints</c>
/// first, then <c>urls</c> (<c>ASPNETCORE_URLS</c>, <c>--urls</c>), then <c>http_ports</c>
/// (<c>ASPNETCORE_HTTP_PORTS</c>), else Kestrel's own default, <c>http://localhost:5000</c>.
/// A wildcard host (<c>+</c>, <c>*</c>, <c>0.0.0.0</c>, <c>[::]</c>) is reached at <c>localhost</c>.
/// </summary>
public static class ListeningAddress
{
    public static readonly Uri Default = new("http://localhost:5000");

    /// <summary>The first plain-HTTP address of a gateway configured by its appsettings, the environment and <paramref name="hostArguments"/>.</summary>
    public static Uri FromSettings(IEnumerable<string> hostArguments)
    {
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddEnvironmentVariables()
            .AddCommandLine([.. hostArguments])
            .Build();
        return From(configuration);
    }

    public static Uri From(IConfiguration configuration)
    {
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]);
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var ports = (configuration["http_ports"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"http://localhost:{p}");
        var first = endpoints.Any() ? endpoints : urls.Length > 0 ? urls : ports;
        var http = first.FirstOrDefault(u => u is not null && u.StartsWith("http://", StringComparison.OrdinalIgnoreCase));
        return http is null ? Default : Reachable(http);
    }

    private static Uri Reachable(string url)
    {
        var builder = new UriBuilder(url.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (builder.Host is "0.0.0.0" or "[::]" or "::")
        {
            builder.Host = "localhost";
        }

        return builder.Uri;
    }
}
