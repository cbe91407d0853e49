using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using DockingGraph.Startup;
using GraphQL;
using GraphQL.Execution;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace DockingGraph.Http;

/// <summary>
/// ASP.NET Core's rate limiter, per client: by API key when <c>RateLimit:ApiKeyHeader</c> names a
/// header the request carries and its key is one that <c>RateLimit:ApiKeySha256</c> knows, else
/// by address (the forwarded one only from the proxies that <c>ForwardedHeaders:KnownProxies</c>
/// names). A key that is not known is counted as its address, or refused with a 401
/// (<c>RateLimit:RefuseUnknownApiKeys</c>).
/// Health and metrics endpoints are never limited. A refused request is a 429 with
/// <c>Retry-After</c> and a GraphQL error body.
/// </summary>
public static class ClientRateLimiting
{
    public const string Code = "RATE_LIMITED";

    /// <summary>HotChocolate's code for a request that is not authenticated (<c>ErrorCodes.Authentication.NotAuthenticated</c>).</summary>
    public const string UnknownKeyCode = "AUTH_NOT_AUTHENTICATED";

    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<RateLimitOptions>(configuration, "RateLimit")
            .Validate(o => o.PermitLimit >= 0, "RateLimit:PermitLimit must be 0 (off) or more")
            .Validate(o => o.Window > TimeSpan.Zero, "RateLimit:Window must be a positive duration, e.g. 00:01:00")
            .Validate(o => o.ApiKeySha256.All(IsSha256), "RateLimit:ApiKeySha256 must list SHA-256 hashes of the keys in hex (64 characters), e.g. printf %s \"$KEY\" | sha256sum")
            .Validate(o => !o.RefuseUnknownApiKeys || !string.IsNullOrEmpty(o.ApiKeyHeader), "RateLimit:RefuseUnknownApiKeys needs RateLimit:ApiKeyHeader");
        services.AddSingleton<KnownApiKeys>();
        services.AddCheckedOptions<ProxyOptions>(configuration, "ForwardedHeaders")
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "ForwardedHeaders:KnownProxies must be IP addresses");
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            // Only the proxies named are believed (not even loopback, ASP.NET Core's default). The
            // host and scheme the client used make the addresses the LL2 mirror writes.
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
        services.AddRateLimiter(_ => { });
        services.AddOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>().Configure<IOptions<RateLimitOptions>, KnownApiKeys>((limiter, options, keys) =>
        {
            var limits = options.Value;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = WriteRefusalAsync;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                !limits.Enabled || IsExempt(http.Request.Path)
                    ? RateLimitPartition.GetNoLimiter("exempt")
                    : RateLimitPartition.GetFixedWindowLimiter(Client(http, keys), _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.PermitLimit, Window = limits.Window, QueueLimit = 0 }));
        });
        return services;
    }

    private static bool IsExempt(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase);

    /// <summary>Refuses a request with an unknown API key when so configured, then applies the rate limit.</summary>
    public static WebApplication UseClientRateLimiting(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var keys = http.RequestServices.GetRequiredService<KnownApiKeys>();
            if (keys.RefuseUnknown && !IsExempt(http.Request.Path) && keys.Sent(http) is { } key && keys.Find(key) is null)
            {
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await WriteErrorAsync(http, new ExecutionError("The API key is not known.") { Code = UnknownKeyCode }, plain: null, http.RequestAborted);
                return;
            }

            await next(http);
        });
        app.UseRateLimiter();
        return app;
    }

    /// <summary>
    /// One more request of <paramref name="http"/>'s client (an operation sent over a live
    /// connection), counted against the same limit as its HTTP requests: false when it is refused.
    /// </summary>
    public static bool TryAdmit(HttpContext http)
    {
        if (http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>>().Value.GlobalLimiter is not { } limiter)
        {
            return true;
        }

        using var lease = limiter.AttemptAcquire(http);
        return lease.IsAcquired;
    }

    private static bool IsSha256(string hash) =>
        hash.Length == 64 && hash.All(char.IsAsciiHexDigit);

    private static string Client(HttpContext http, KnownApiKeys keys) =>
        keys.Sent(http) is { } key && keys.Find(key) is { } known
            ? $"key:{known}"
            : $"address:{http.Connection.RemoteIpAddress}";

    private static async ValueTask WriteRefusalAsync(Microsoft.AspNetCore.RateLimiting.OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 1;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var error = new ExecutionError($"Too many requests from this client: try again in {retryAfter} s.") { Code = Code };
        error.Data["retryAfter"] = retryAfter;
        await WriteErrorAsync(http, error, $"Request was throttled. Expected available in {retryAfter} seconds.", cancellationToken);
    }

    /// <summary>A refusal, as a GraphQL error, or as the endpoint's own refusals read (<see cref="IRefusalFormat"/>: <paramref name="plain"/>, else the error's message).</summary>
    private static async Task WriteErrorAsync(HttpContext http, ExecutionError error, string? plain, CancellationToken cancellationToken)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<IRefusalFormat>() is { } format)
        {
            await format.WriteAsync(http, plain ?? error.Message, cancellationToken);
            return;
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error], Executed = false }, cancellationToken);
    }

    /// <summary>The API keys <c>RateLimit:ApiKeySha256</c> knows, found by the hash of the key a request sends.</summary>
    private sealed class KnownApiKeys(IOptions<RateLimitOptions> options)
    {
        private readonly HashSet<string> hashes = options.Value.ApiKeySha256.Select(h => h.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

        public bool RefuseUnknown => options.Value.RefuseUnknownApiKeys;

        /// <summary>The key the request sends in <c>RateLimit:ApiKeyHeader</c>, if any.</summary>
        public string? Sent(HttpContext http) =>
            options.Value.ApiKeyHeader is { Length: > 0 } header && http.Request.Headers[header].ToString() is { Length: > 0 } key ? key : null;

        /// <summary>The hash of <paramref name="key"/> when it is a known key, else null.</summary>
        public string? Find(string key)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
            return hashes.Contains(hash) ? hash : null;
        }
    }
}
