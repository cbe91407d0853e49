using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using DockingGraph.Startup;
using GraphQL;
using GraphQL.Execution;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace DockingGraph.Http;

/// <summary>
/// ASP.NET Core's rate limiter, per client: by API key when <c>RateLimit:ApiKeyHeader</c> names a
/// header the request carries, else by address (the forwarded one only from the proxies that
/// <c>ForwardedHeaders:KnownProxies</c> names).
/// Health and metrics endpoints are never limited. A refused request is a 429 with
/// <c>Retry-After</c> and a GraphQL error body.
/// </summary>
public static class ClientRateLimiting
{
    public const string Code = "RATE_LIMITED";

    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<RateLimitOptions>(configuration, "RateLimit")
            .Validate(o => o.PermitLimit >= 0, "RateLimit:PermitLimit must be 0 (off) or more")
            .Validate(o => o.Window > TimeSpan.Zero, "RateLimit:Window must be a positive duration, e.g. 00:01:00");
        services.AddCheckedOptions<ProxyOptions>(configuration, "ForwardedHeaders")
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "ForwardedHeaders:KnownProxies must be IP addresses");
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            // Only the proxies named are believed (not even loopback, ASP.NET Core's default).
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, options) =>
        {
            var limits = options.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = WriteRefusalAsync;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                !limits.Enabled || IsExempt(http.Request.Path)
                    ? RateLimitPartition.GetNoLimiter("exempt")
                    : RateLimitPartition.GetFixedWindowLimiter(Client(http, limits), _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitLimit, Window = limits.Window, QueueLimit = 0 }));
        });
        return services;
    }

    private static bool IsExempt(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase);

    private static string Client(HttpContext http, RateLimitOptions limits) =>
        limits.ApiKeyHeader is { Length: > 0 } header && http.Request.Headers[header].ToString() is { Length: > 0 } key
            ? $"key:{key}"
            : $"address:{http.Connection.RemoteIpAddress}";

    private static async ValueTask WriteRefusalAsync(Microsoft.AspNetCore.RateLimiting.OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 1;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        http.Response.ContentType = "application/json; charset=utf-8";
        var error = new ExecutionError($"Too many requests from this client: try again in {retryAfter} s.") { Code = Code };
        error.Data["retryAfter"] = retryAfter;
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error], Executed = false }, cancellationToken);
    }
}
