using DockingGraph.Http.Caching;
using DockingGraph.Http.Ide;
using DockingGraph.Http.Persisted;
using DockingGraph.Startup;
using Microsoft.Extensions.Options;

namespace DockingGraph.Http;

/// <summary>The graph over HTTP: the endpoint, persisted documents (trusted and automatic), HTTP caching of GET queries, and the IDE served beside it.</summary>
public static class GraphQLHttp
{
    public static IServiceCollection AddGraphQLHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<PersistedDocumentOptions>(configuration, "PersistedDocuments")
            .Validate(o => o.Path is null || Directory.Exists(o.Path), "PersistedDocuments:Path must be an existing folder of <sha256>.graphql files")
            .Validate(o => o.AutomaticMaxCount >= 1 && o.AutomaticMaxBytes >= 1024, "PersistedDocuments:AutomaticMaxCount must be 1 or more and AutomaticMaxBytes 1024 or more");
        services.AddSingleton<IValidateOptions<PersistedDocumentOptions>, TrustedDocuments.Validator>();
        services.AddSingleton<TrustedDocuments>();
        services.AddSingleton<AutomaticPersistedDocuments>();
        services.AddSingleton<PersistedDocumentResolver>();
        services.AddHttpCaching(configuration);
        services.AddCheckedOptions<IdeOptions>(configuration, "Ide");
        services.AddSingleton<BananaCakePop>();
        services.AddHostedService<TrustedDocumentsAtStart>();
        return services;
    }

    /// <summary>Serves the graph at <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapDockingGraph(this WebApplication app, string pattern = "/graphql") =>
        app.MapGraphQLEndpoint(pattern);

    /// <summary>Reads the trusted documents as the host starts, so that no request waits for them.</summary>
    private sealed class TrustedDocumentsAtStart(TrustedDocuments documents) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = documents.Count;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
