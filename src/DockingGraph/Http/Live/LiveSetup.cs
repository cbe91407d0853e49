using DockingGraph.Startup;

namespace DockingGraph.Http.Live;

/// <summary>Subscriptions over WebSocket and Server-Sent Events at <c>/graphql</c>.</summary>
public static class LiveSetup
{
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services, IConfiguration configuration)
    {
        var options = services.AddCheckedOptions<LiveOptions>(configuration, LiveOptions.Section);
        foreach (var (holds, failure) in LiveOptions.Checks)
        {
            options.Validate(holds, failure);
        }

        return services.AddSingleton<SubscriptionFeeds>();
    }

    /// <summary>WebSockets for <c>/graphql</c>'s <c>graphql-transport-ws</c> (before the endpoints).</summary>
    public static WebApplication UseLiveUpdates(this WebApplication app)
    {
        app.UseWebSockets();
        return app;
    }
}
