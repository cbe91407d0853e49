using System.Globalization;
using DockingGraph.Querying;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;

namespace DockingGraph.Execution.Limits;

/// <summary>
/// One cost for the whole request (<see cref="CostModel"/>), worked out after the other rules pass
/// and before anything runs, bounded by <c>GraphQL:MaxCost</c> (HotChocolate's <c>HC0047</c>,
/// with <c>fieldCost</c> and <c>maxFieldCost</c>); its depth (fields with a selection, nested)
/// bounded by <c>GraphQL:MaxDepth</c>. It is GraphQL.NET's complexity analysis (each field's
/// impact times the product of the multipliers above it, summed over siblings and aliases,
/// <c>@skip</c> and <c>@include</c> applied), read off the operation's
/// <see cref="SelectionGraph"/>: a fragment's cost is worked out once per request wherever it is
/// spread, where the analyzer walked it again at every spread. The total is kept in the request's
/// user context, for the <c>GraphQL-Cost: report</c> header.
/// </summary>
internal sealed class RequestCost(GraphLimits limits) : ValidationRuleBase
{
    public const string CostExceededCode = "HC0047";
    public const string DepthExceededCode = "MAX_EXECUTION_DEPTH_EXCEEDED";
    public const string ReportHeader = "GraphQL-Cost";
    private const string TotalKey = "DockingGraph.Cost";

    // After every other rule: a request that has errors already is not analysed, so that a
    // request past a bound is refused with that bound's code alone.
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (!context.HasErrors && SelectionGraph.Of(context) is { } graph)
        {
            var (total, depth) = Analyse(context, graph);
            context.UserContext[TotalKey] = total;
            if (depth > limits.MaxDepth)
            {
                context.ReportError(DepthError(context, depth, limits.MaxDepth));
            }
            else if (total > limits.MaxCost)
            {
                context.ReportError(CostError(context, total, limits.MaxCost));
            }
        }

        return default;
    }

    /// <summary>The request's total cost, as a whole number, and its depth.</summary>
    private (double Total, int Depth) Analyse(ValidationContext context, SelectionGraph graph)
    {
        var costs = graph.Evaluate<double>(
            (node, below) =>
            {
                (FieldType, IDictionary<string, ArgumentValue>?)? parent = node.Enclosing is { } enclosing ? (enclosing.Definition, enclosing.ArgumentsIn(context)) : null;
                var cost = 0.0;
                foreach (var item in node.Items)
                {
                    if (!context.ShouldIncludeNode(item.Selection))
                    {
                        continue;
                    }

                    if (item is SelectedField field)
                    {
                        var impact = CostModel.Impact(new CostSite(field.Definition, node.Type, field.ArgumentsIn(context), context.Schema, parent), limits.AssumedListSize);
                        cost += impact.FieldImpact + (field.Below is { } selection ? impact.ChildImpactMultiplier * below(selection) : 0);
                    }
                    else
                    {
                        cost += below(item.Below!);
                    }
                }

                return cost;
            },
            0);
        var depths = graph.Evaluate<int>(
            (node, below) =>
            {
                var depth = 0;
                foreach (var item in node.Items)
                {
                    if (item.Below is { } selection && context.ShouldIncludeNode(item.Selection))
                    {
                        // A field with a selection is one level more; a fragment is on the same level.
                        depth = Math.Max(depth, (item is SelectedField ? 1 : 0) + below(selection));
                    }
                }

                return depth;
            },
            0);
        return (Whole(costs[graph.Root.Index]), depths[graph.Root.Index]);
    }

    /// <summary>What the request was found to cost, when it got as far as the analysis.</summary>
    public static double? Total(IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(TotalKey, out var total) && total is double cost ? cost : null;

    /// <summary>
    /// The total as a whole number, rounded up: introspection's lists count at averages, and the
    /// page multipliers taken back out (<c>totalCount</c>, <c>pageInfo</c>) leave binary fractions.
    /// </summary>
    private static double Whole(double total) => Math.Ceiling(Math.Round(total, 6));

    private static ValidationError CostError(ValidationContext context, double total, int allowed)
    {
        var error = new ValidationError(context.Document.Source, null, string.Create(CultureInfo.InvariantCulture, $"The maximum allowed field cost was exceeded: the request costs {total}, {allowed} are allowed. Ask for smaller pages, fewer fields, or a smaller filter or search."))
        {
            Code = CostExceededCode,
        };
        error.Data["fieldCost"] = total;
        error.Data["maxFieldCost"] = allowed;
        return error;
    }

    private static ValidationError DepthError(ValidationContext context, int depth, int allowed)
    {
        var error = new ValidationError(context.Document.Source, null, string.Create(CultureInfo.InvariantCulture, $"The request has an execution depth of {depth} nested fields, more than the {allowed} allowed."))
        {
            Code = DepthExceededCode,
        };
        error.Data["detectedExecutionDepth"] = depth;
        error.Data["allowedExecutionDepth"] = allowed;
        return error;
    }
}
