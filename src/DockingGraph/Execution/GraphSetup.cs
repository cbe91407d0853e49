using System.Diagnostics;
using DockingGraph.Batching;
using DockingGraph.Execution.Binding;
using DockingGraph.Execution.Limits;
using DockingGraph.Execution.Plans;
using DockingGraph.Querying;
using DockingGraph.Startup;
using DockingGraph.Telemetry;
using GraphQL;
using GraphQL.DI;
using GraphQL.Types;

namespace DockingGraph.Execution;

/// <summary>The executable schema and how GraphQL.NET runs it: limits, cost, validation rules, errors, telemetry.</summary>
public static class GraphSetup
{
    public static IServiceCollection AddDockingGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions(configuration, "GraphQL", GraphLimits.Checks);

        // GraphQL.NET's own builder: the executer it registers runs the configured execution
        // pipeline (telemetry now; complexity and persisted documents take effect through it too).
        services.AddGraphQL(graph => graph
            .AddSchema(provider =>
            {
                // The kept orders are shared by every list of the process, as the compiled schema is.
                SortOrder.MaxKeptBytes = provider.GetRequiredService<GraphLimits>().SortOrderCacheMaxBytes;
                SelectedColumns.MaxJoinedRecords = provider.GetRequiredService<GraphLimits>().MaxJoinedRecords;
                return DockingSchema.Build(DockingSchema.ReadSdl(), provider.GetServices<IGraphBinding>(), provider.GetRequiredService<ModelLoaders>());
            })
            .AddSystemTextJson(json =>
            {
                json.Encoder = ResponseJson.Encoder;
                json.MaxDepth = ResponseJson.MaxDepth;
                json.Converters.Add(new PlannedData.Converter());
            })
            .AddExecutionStrategy<PlannedExecutionStrategy>(GraphQLParser.AST.OperationType.Query)
            .AddExecutionStrategy<SubscriptionExecution>(GraphQLParser.AST.OperationType.Subscription)
            .AddErrorInfoProvider(new DockingErrorInfoProvider())

            .UseTelemetry(telemetry =>
            {
                telemetry.RecordException = true;
                telemetry.EnrichWithExecutionResult = RecordErrors;
            }));
        services.AddCheckedOptions<ExecutionPlanOptions>(configuration, ExecutionPlanOptions.Section);
        services.AddSingleton<PlanStatistics>();
        services.AddSingleton<ValidatedDocuments>();
        services.AddSingleton<IConfigureExecution, ValidationRules>();
        services.AddSingleton<ModelLoaders>();
        services.AddSingleton<IRecordProjection, SelectedColumns.ForLoaders>();
        services.AddScoped<RequestLoaders>();
        services.AddHostedService<SchemaAtStart>();

        foreach (var binding in GraphBindings.BindingTypes())
        {
            services.AddSingleton(typeof(IGraphBinding), binding);
        }

        return services;
    }

    /// <summary>An operation answered with errors is an error span, its codes on it (GraphQL.NET marks only exceptions).</summary>
    private static void RecordErrors(Activity activity, ExecutionOptions options, ExecutionResult result)
    {
        // The operation as its admitted document names it, cut short, as the metrics and the log
        // name it: the operationName a client sends is any text of any length, and a span waiting
        // in an exporter's queue would keep it.
        var name = result.Operation?.Name?.StringValue is { } named ? OperationNameTags.Cut(named) : null;
        var type = result.Operation?.Operation.ToString().ToLowerInvariant();
        activity.SetTag("graphql.operation.name", name);
        activity.DisplayName = type is null ? "GraphQL Operation" : name is null ? type : $"{type} {name}";

        if (result.Errors is { Count: > 0 } errors)
        {
            activity.SetStatus(ActivityStatusCode.Error, errors[0].Message);
            activity.SetTag("graphql.error.codes", string.Join(',', errors.Select(e => e.Code).Distinct()));
        }
    }

    /// <summary>
    /// Builds the schema as the host starts (after the configuration is checked), so that a schema
    /// error fails the start and no request waits for it.
    /// </summary>
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
