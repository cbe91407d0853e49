using GraphQL.Execution;
using GraphQL.MicrosoftDI;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace DockingGraph.Execution;

/// <summary>
/// How a subscription's events are executed: each in a service scope of its own, so its loaders
/// (and what they hold) are that event's alone and read the commit it reports, its fields side by
/// side as a query's are (every batch on a context of its own). GraphQL.NET starts an event's
/// execution as soon as the event arrives (keeping only the order of the results), so a commit of
/// a thousand changes would start a thousand executions at once, each holding pooled connections:
/// at most <see cref="MaxConcurrentEvents"/> run at once on an instance.
/// </summary>
internal sealed class SubscriptionExecution(IServiceScopeFactory scopes) : ScopedSubscriptionExecutionStrategy(scopes, new ParallelExecutionStrategy()), IDisposable
{
    /// <summary>Events executed at once over every subscription of the instance: each reads the store on a few pooled connections.</summary>
    public const int MaxConcurrentEvents = 8;

    private readonly SemaphoreSlim running = new(MaxConcurrentEvents);

    protected override async ValueTask<GraphQL.ExecutionResult> ProcessDataAsync(ExecutionContext context, ExecutionNode node, object? value)
    {
        await running.WaitAsync(context.CancellationToken);
        try
        {
            return await base.ProcessDataAsync(context, node, value);
        }
        finally
        {
            running.Release();
        }
    }

    public void Dispose() => running.Dispose();
}
