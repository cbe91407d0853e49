using System.Diagnostics;
using DockingGraph.Graph.Batching;
using DockingGraph.Graph.Binding;
using DockingGraph.Graph.Http;
using DockingGraph.Graph.Ide;
using DockingGraph.Graph.Limits;
using DockingGraph.Graph.Persisted;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace DockingGraph.Graph;

public static class GraphSetup
{
    public static IServiceCollection AddDockingGraph(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = services.AddCheckedOptions<GraphLimits>(configuration, "GraphQL");
        foreach (var (holds, failure) in GraphLimits.Checks)
        {
            limits.Validate(holds, failure);
        }

        // GraphQL.NET's own builder: the executer it registers runs the configured execution
        // pipeline (telemetry now; complexity and persisted documents take effect through it too).
        services.AddGraphQL(graph => graph
            .AddSchema(provider => DockingSchema.Build(
                DockingSchema.ReadSdl(),
                provider.GetServices<IGraphBinding>(),
                provider.GetRequiredService<ModelLoaders>()))
            .AddSystemTextJson()
            .AddErrorInfoProvider(new DockingErrorInfoProvider())

            // Every request, cached document or not: these read the variables.
            .AddComplexityAnalyzer((options, provider) => RequestCost.Configure(options, provider.GetRequiredService<GraphLimits>()))
            .AddValidationRule(provider => new RequestedItemsRule(provider.GetRequiredService<GraphLimits>().MaxRequestedItems), useForCachedDocuments: true)
            .AddValidationRule(provider => new InputBoundsRule(provider.GetRequiredService<GraphLimits>()), useForCachedDocuments: true)
            .AddValidationRule(provider => new IntrospectionRule(provider.GetRequiredService<GraphLimits>()), useForCachedDocuments: true)
            .UseTelemetry(telemetry =>
            {
                telemetry.RecordException = true;
                telemetry.EnrichWithExecutionResult = RecordErrors;
            }));
        services.AddSingleton<ModelLoaders>();
        services.AddScoped<RequestLoaders>();
        services.AddCheckedOptions<PersistedDocumentOptions>(configuration, "PersistedDocuments")
            .Validate(o => o.Path is null || Directory.Exists(o.Path), "PersistedDocuments:Path must be an existing folder of <sha256>.graphql files")
            .Validate(o => o.AutomaticMaxCount >= 1 && o.AutomaticMaxBytes >= 1024, "PersistedDocuments:AutomaticMaxCount must be 1 or more and AutomaticMaxBytes 1024 or more");
        services.AddSingleton<IValidateOptions<PersistedDocumentOptions>, TrustedDocuments.Validator>();
        services.AddSingleton<TrustedDocuments>();
        services.AddSingleton<AutomaticPersistedDocuments>();
        services.AddSingleton<PersistedDocumentResolver>();
        services.AddCheckedOptions<IdeOptions>(configuration, "Ide");
        services.AddSingleton<BananaCakePop>();
        services.AddHostedService<SchemaAtStart>();

        foreach (var binding in typeof(GraphSetup).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IGraphBinding).IsAssignableFrom(t)))
        {
            services.AddSingleton(typeof(IGraphBinding), binding);
        }

        return services;
    }

    /// <summary>An operation answered with errors is an error span, its codes on it (GraphQL.NET marks only exceptions).</summary>
    private static void RecordErrors(Activity activity, ExecutionOptions options, ExecutionResult result)
    {
        if (result.Errors is { Count: > 0 } errors)
        {
            activity.SetStatus(ActivityStatusCode.Error, errors[0].Message);
            activity.SetTag("graphql.error.codes", string.Join(',', errors.Select(e => e.Code).Distinct()));
        }
    }

    /// <summary>Serves the graph at <paramref name="pattern"/>.</summary>
    public static IEndpointConventionBuilder MapDockingGraph(this WebApplication app, string pattern = "/graphql") =>
        app.MapGraphQLEndpoint(pattern);

    /// <summary>
    /// Builds the schema and reads the trusted documents as the host starts (after the
    /// configuration is checked), so that a schema error fails the start and no request waits for either.
    /// </summary>
    private sealed class SchemaAtStart(IServiceProvider services) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = services.GetRequiredService<ISchema>();
            _ = services.GetRequiredService<TrustedDocuments>().Count;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
