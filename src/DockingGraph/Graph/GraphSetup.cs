using DockingGraph.Graph.Batching;
using DockingGraph.Graph.Binding;
using DockingGraph.Graph.Http;
using DockingGraph.Graph.Ide;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;

namespace DockingGraph.Graph;

public static class GraphSetup
{
    public static IServiceCollection AddDockingGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<GraphLimits>(configuration, "GraphQL")
            .Validate(limits => limits.MaxDepth >= 1, "GraphQL:MaxDepth must be 1 or more")
            .Validate(limits => limits.MaxRequestedItems >= 1, "GraphQL:MaxRequestedItems must be 1 or more");
        services.AddSingleton<IGraphQLTextSerializer>(new GraphQLSerializer(new DockingErrorInfoProvider()));
        services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.AddSingleton<ModelLoaders>();
        services.AddScoped<RequestLoaders>();
        services.AddCheckedOptions<IdeOptions>(configuration, "Ide");
        services.AddSingleton<BananaCakePop>();
        services.AddHostedService<SchemaAtStart>();
        services.AddSingleton<ISchema>(provider => DockingSchema.Build(
            DockingSchema.ReadSdl(),
            provider.GetServices<IGraphBinding>(),
            provider.GetRequiredService<ModelLoaders>()));

        foreach (var binding in typeof(GraphSetup).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IGraphBinding).IsAssignableFrom(t)))
        {
            services.AddSingleton(typeof(IGraphBinding), binding);
        }

        return services;
    }

    /// <summary>Serves the graph at <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapDockingGraph(this WebApplication app, string pattern = "/graphql") =>
        app.MapGraphQLEndpoint(pattern);

    /// <summary>Builds the schema as the host starts (after the configuration is checked), so that a schema error fails the start.</summary>
    private sealed class SchemaAtStart(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = services.GetRequiredService<ISchema>();
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
