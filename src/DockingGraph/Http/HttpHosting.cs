using System.Diagnostics;
using DockingGraph.Startup;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace DockingGraph.Http;

/// <summary>
/// What the gateway needs as a web service, beside the graph: CORS for browser frontends on other
/// origins, compressed responses, structured request logs, <c>/health</c> (the store included),
/// unexpected errors answered as a GraphQL error with a trace id (details go to the log only), and
/// Kestrel's limits on connections (<see cref="ConnectionLimitOptions"/>).
/// </summary>
public static class HttpHosting
{
    public const string CorsPolicy = "frontends";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddDockingHttp(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Cors:Origins lists the frontends allowed; in Development any origin is.
        var origins = configuration.GetSection("Cors:Origins").Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy =>
        {
            if (origins.Length == 0 && environment.IsDevelopment())
            {
                policy.AllowAnyOrigin();
            }
            else
            {
                policy.WithOrigins(origins);
            }

            policy.WithMethods("GET", "POST").AllowAnyHeader().SetPreflightMaxAge(TimeSpan.FromHours(1));
        }));

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/graphql-response+json", "application/graphql"]);
        });

        services.AddHttpLogging(options =>
        {
            options.LoggingFields = HttpLoggingFields.RequestMethod | HttpLoggingFields.RequestPath | HttpLoggingFields.ResponseStatusCode | HttpLoggingFields.Duration;
            options.CombineLogs = true;
        });
        services.AddHttpLoggingInterceptor<OperationLogging>();

        // Kubernetes style: live is the process answering; ready is the store reachable, migrated
        // and its first import done. /health runs every check.
        services.AddHealthChecks()
            .AddDbContextCheck<DockingDbContext>("store", tags: [ReadyTag])
            .AddCheck<StoreReadiness>("prepared", tags: [ReadyTag]);
        services.AddProblemDetails();
        services.AddClientRateLimiting(configuration);
        services.AddCheckedOptions<ConnectionLimitOptions>(configuration, "Kestrel:Limits")
            .Validate(o => o.AreValid, "Kestrel:Limits:MaxConcurrentConnections must be 1 or more, MaxConcurrentUpgradedConnections 0 or more, RequestHeadersTimeout and KeepAliveTimeout positive durations, MinRequestBodyDataRate:BytesPerSecond above 0 and its GracePeriod over 1 s");
        services.AddOptions<KestrelServerOptions>().Configure(kestrel =>
        {
            // Kestrel reads its options as the host is built, before the settings are checked: a
            // setting that does not convert or check is left to that check, which stops the start
            // with one line naming it.
            ConnectionLimitOptions limits;
            try
            {
                limits = configuration.GetSection("Kestrel:Limits").Get<ConnectionLimitOptions>() ?? new();
            }
            catch (InvalidOperationException)
            {
                return;
            }

            if (!limits.AreValid)
            {
                return;
            }

            kestrel.Limits.MaxConcurrentConnections = limits.MaxConcurrentConnections;
            kestrel.Limits.MaxConcurrentUpgradedConnections = limits.MaxConcurrentUpgradedConnections;
            kestrel.Limits.RequestHeadersTimeout = limits.RequestHeadersTimeout;
            kestrel.Limits.KeepAliveTimeout = limits.KeepAliveTimeout;
            kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(limits.MinRequestBodyDataRate.BytesPerSecond, limits.MinRequestBodyDataRate.GracePeriod);
        });
        return services;
    }

    public static WebApplication UseDockingHttp(this WebApplication app)
    {
        // The client's own address, for the logs and the rate limit: from configured proxies only
        // (with no proxy known, ASP.NET Core's middleware would believe anyone).
        app.UseWhen(http => http.RequestServices.GetRequiredService<ProxyOptions>().KnownProxies.Length > 0, proxied => proxied.UseForwardedHeaders());

        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteUnexpectedErrorAsync });

        // Answers are JSON and carry text as it is (quotes and angle brackets unescaped): a browser
        // must never sniff one as a page.
        app.Use((http, next) =>
        {
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return next(http);
        });
        app.UseHttpLogging();
        app.UseResponseCompression();
        app.UseCors(CorsPolicy);
        app.UseClientRateLimiting();
        app.MapHealthChecks("/health");
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });

        // A browser at the root finds the graph (and its IDE).
        app.MapGet("/", () => Results.Redirect("/graphql"));
        return app;
    }

    /// <summary>An error outside the graph's own handling: a GraphQL error with a trace id to find the details in the log.</summary>
    private static async Task WriteUnexpectedErrorAsync(HttpContext http)
    {
        var traceId = UnexpectedError.TraceId(http.TraceIdentifier);
        var error = http.Features.Get<IExceptionHandlerFeature>()?.Error;
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HttpHosting)).LogUnexpected(error, traceId);
        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        await http.Response.WriteAsJsonAsync(
            new { errors = new[] { new { message = UnexpectedError.Message, extensions = new { code = UnexpectedError.Code, traceId } } } },
            http.RequestAborted);
    }
}
