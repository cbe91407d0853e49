using DockingGraph.Startup;
using GraphQL.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DockingGraph.Telemetry;

/// <summary>
/// OpenTelemetry for the gateway: traces of ASP.NET Core requests, GraphQL operations (a span per
/// operation, with its name and type, errors recorded) and EF Core / Npgsql statements; metrics of
/// requests, operations, errors, SQL statements per request, DataLoader batches, EF Core, Npgsql
/// and the runtime (allocations, GC, thread pool). Exported over OTLP when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and scrapeable as Prometheus at <c>/metrics</c> when
/// <c>Telemetry:Prometheus</c> is on.
/// </summary>
public static class DockingTelemetry
{
    public const string ServiceName = "DockingGraph";

    public static WebApplicationBuilder AddDockingTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddCheckedOptions<TelemetryOptions>(builder.Configuration, "Telemetry")
            .Validate(o => o.MaxOperationNames >= 0, "Telemetry:MaxOperationNames must be 0 or more");
        builder.Services.AddSingleton<OperationNameTags>();

        // An exporter keeps every series for the life of the process, scraped or not: none unless asked for.
        var prometheus = builder.Configuration.GetValue<bool>("Telemetry:Prometheus");
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName, serviceVersion: typeof(DockingTelemetry).Assembly.GetName().Version?.ToString()));

        // Spans are made only when something takes them: every statement's span reads its
        // provider's name by reflection, a twentieth of a page's allocations when nothing exports them.
        if (otlp || builder.Configuration.GetValue<bool>("Telemetry:Traces"))
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspnet => aspnet.Filter = http => !IsOperational(http.Request.Path))
                .AddSource(GraphQLTelemetryProvider.SourceName)
                .AddEntityFrameworkCoreInstrumentation()
                .AddHttpClientInstrumentation());
        }

        telemetry.WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddMeter(DockingMetrics.MeterName, "Microsoft.EntityFrameworkCore", "Npgsql");
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });

        if (otlp)
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Serves <c>/metrics</c> for Prometheus when <c>Telemetry:Prometheus</c> is on.</summary>
    public static WebApplication MapDockingTelemetry(this WebApplication app)
    {
        if (app.Services.GetRequiredService<TelemetryOptions>().Prometheus)
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }

        return app;
    }

    /// <summary>Health probes and scrapes are not traced: they would drown the requests that matter.</summary>
    private static bool IsOperational(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase);
}
