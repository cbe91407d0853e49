using DockingGraph.Startup;

namespace DockingGraph.Http.Live;

/// <summary>Subscriptions over WebSocket and Server-Sent Events at <c>/graphql</c>.</summary>
public static class LiveSetup
{
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions(configuration, LiveOptions.Section, LiveOptions.Checks);
        return services.AddSingleton<SubscriptionFeeds>();
    }

    /// <summary>WebSockets for <c>/graphql</c>'s <c>graphql-transport-ws</c> (before the endpoints).</summary>
    public static WebApplication UseLiveUpdates(this WebApplication app)
    {
        app.UseWebSockets();
        return app;
    }
}
