using DockingGraph.Startup;
namespace DockingGraph.Sync;

public static class SyncSetup
{
    public static IServiceCollection AddLl2Sync(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<Ll2ApiOptions>(configuration, "LL2")
            .Validate(o => o.MaxAttempts >= 1, "LL2:MaxAttempts must be 1 or more")
            .Validate(o => o.Backoff >= TimeSpan.Zero, "LL2:Backoff must be a duration of zero or more, e.g. 00:00:02")
            .Validate(o => o.Timeout > TimeSpan.Zero, "LL2:Timeout must be a positive duration, e.g. 00:01:00");
        services.AddCheckedOptions<SyncOptions>(configuration, "Sync")
            .Validate(o => o.Interval is null || o.Interval >= TimeSpan.Zero, "Sync:Interval must be a positive duration, e.g. 01:00:00 (or unset: no scheduled sync)")
            .Validate(o => CheckedOptions.IsHttpAddress(o.Source), "Sync:Source must be an absolute http(s) address of an LL2 list endpoint");
        // Each attempt has its own timeout in the pipeline; HttpClient's own would cut the waits.
        services.AddHttpClient<Ll2ApiClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            // A redirect would take the sync to an address it has not checked (another host, say).
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .AddResilienceHandler("LL2", (pipeline, context) => Ll2Resilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<Ll2ApiOptions>()));
        services.AddTransient<Ll2ApiSync>();
        services.AddHostedService<ScheduledSync>();
        return services;
    }
}
