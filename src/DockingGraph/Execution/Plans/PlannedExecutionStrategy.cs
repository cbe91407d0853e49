using System.Text.Json;
using CommunityToolkit.HighPerformance.Buffers;
using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace DockingGraph.Execution.Plans;

/// <summary>
/// Answers a query from its compiled plan (<see cref="OperationPlan"/>): the fields a level needs
/// are fetched in the waves GraphQL.NET would run them (<see cref="PlanRun"/>), and the answer's
/// <c>data</c> is written straight from the records (<see cref="PlanWriter"/>), without an
/// execution node, a resolve context and a boxed value per field. Validation, variables, limits,
/// cost and errors before execution stay GraphQL.NET's. What a plan does not answer the way
/// GraphQL.NET would (introspection, an error to place, a null to propagate) is answered by
/// GraphQL.NET's parallel strategy, the reference; so is every query when plans are off.
/// </summary>
internal sealed class PlannedExecutionStrategy(ExecutionPlanOptions options, PlanStatistics statistics) : ParallelExecutionStrategy
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = ResponseJson.Encoder,
        MaxDepth = ResponseJson.MaxDepth,
        SkipValidation = true,
    };

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        if (!options.Plans || context.Operation.Operation != OperationType.Query)
        {
            return await base.ExecuteAsync(context);
        }

        var plan = OperationPlan.For(context);
        if (plan.Introspects)
        {
            return await base.ExecuteAsync(context);
        }

        var buffer = new ArrayPoolBufferWriter<byte>(plan.ExpectedBytes);
        try
        {
            var run = new PlanRun(context, plan);
            await run.FetchAsync(plan.Root);
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                var shape = context.UserContext.TryGetValue(AnswerShape.Key, out var given) ? given as AnswerShape : null;
                new PlanWriter(writer, run, context.Schema, shape).WriteData(plan.Root);
            }

            plan.ExpectedBytes = buffer.WrittenCount + 1024;
        }
        catch
        {
            buffer.Dispose();
            if (context.CancellationToken.IsCancellationRequested)
            {
                throw;
            }

            // The reference answers it, errors and all; the batches the run fetched are kept for it.
            statistics.FellBack();
            return await base.ExecuteAsync(context);
        }

        statistics.Planned();
        return new ExecutionResult
        {
            Executed = true,
            Data = new PlannedData(buffer),
            Query = context.Document.Source,
            Document = context.Document,
            Operation = context.Operation,
            Extensions = context.OutputExtensions,
        };
    }
}
