using DockingGraph.Startup;

namespace DockingGraph.Changes;

/// <summary>The change feed: every commit's news, to this instance's subscribers and, over PostgreSQL, to every other instance's.</summary>
public static class ChangeFeedSetup
{
    /// <summary>The feed (what the importer hands its commits to) with its options; idempotent.</summary>
    public static IServiceCollection AddChangeFeed(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(s => s.ServiceType == typeof(CommittedChanges)))
        {
            return services;
        }

        services.AddCheckedOptions(configuration, ChangeFeedOptions.Section, ChangeFeedOptions.Checks);
        services.AddLogging();
        return services.AddSingleton<CommittedChanges>();
    }

    /// <summary>The feed's delivery and, on PostgreSQL, its listener: what makes commits reach this instance's subscribers.</summary>
    public static IServiceCollection AddChangeDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddChangeFeed(configuration);
        services.AddHostedService<ChangeDelivery>();
        services.AddSingleton<PostgresChangeListener>();
        services.AddHostedService(provider => provider.GetRequiredService<PostgresChangeListener>());
        return services;
    }
}
