namespace DockingGraph.Sync;

public static class SyncSetup
{
    public static IServiceCollection AddLl2Sync(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("LL2").Get<Ll2ApiOptions>() ?? new Ll2ApiOptions();
        services.AddSingleton(options);
        services.AddHttpClient<Ll2ApiClient>(http => http.Timeout = options.Timeout);
        services.AddTransient<Ll2ApiSync>();
        services.AddHostedService<ScheduledSync>();
        return services;
    }
}
