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
        services.AddSingleton(configuration.GetSection("GraphQL").Get<GraphLimits>() ?? new GraphLimits());
        services.AddSingleton<IGraphQLTextSerializer>(new GraphQLSerializer(new DockingErrorInfoProvider()));
        services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.AddSingleton<ModelLoaders>();
        services.AddScoped<RequestLoaders>();
        services.AddSingleton<BananaCakePop>();
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

    /// <summary>Serves the graph at <paramref name="pattern"/>; builds the schema now, so a schema error fails the start.</summary>
    public static IEndpointConventionBuilder MapDockingGraph(this WebApplication app, string pattern = "/graphql")
    {
        _ = app.Services.GetRequiredService<ISchema>();
        return app.MapGraphQLEndpoint(pattern);
    }
}
