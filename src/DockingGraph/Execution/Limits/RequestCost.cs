using System.Globalization;
using GraphQL;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;

namespace DockingGraph.Execution.Limits;

/// <summary>
/// One cost for the whole request (<see cref="CostModel"/>), computed by GraphQL.NET's complexity
/// analyzer after the other rules pass and before anything runs, bounded by
/// <c>GraphQL:MaxCost</c> (HotChocolate's <c>HC0047</c>, with <c>fieldCost</c> and
/// <c>maxFieldCost</c>); its depth bounded by <c>GraphQL:MaxDepth</c>. The total is kept in the
/// request's user context, for the <c>GraphQL-Cost: report</c> header.
/// </summary>
internal static class RequestCost
{
    public const string CostExceededCode = "HC0047";
    public const string DepthExceededCode = "MAX_EXECUTION_DEPTH_EXCEEDED";
    public const string ReportHeader = "GraphQL-Cost";
    private const string TotalKey = "DockingGraph.Cost";

    public static void Configure(ComplexityOptions options, GraphLimits limits)
    {
        options.MaxDepth = limits.MaxDepth;
        options.MaxComplexity = limits.MaxCost;
        options.DefaultComplexityImpactDelegate = context => CostModel.Impact(context, limits.AssumedListSize);
        options.ValidateComplexityDelegate = context =>
        {
            var total = Whole(context.TotalImpact);
            context.ValidationContext.UserContext[TotalKey] = total;
            context.Error = context.MaxDepth > limits.MaxDepth
                ? DepthError(context, limits.MaxDepth)
                : total > limits.MaxCost ? CostError(context, total, limits.MaxCost) : null;
            return Task.CompletedTask;
        };
    }

    /// <summary>What the request was found to cost, when it got as far as the analysis.</summary>
    public static double? Total(IDictionary<string, object?> userContext) =>
        userContext.TryGetValue(TotalKey, out var total) && total is double cost ? cost : null;

    /// <summary>
    /// The total as a whole number, rounded up: introspection's lists count at averages, and the
    /// page multipliers taken back out (<c>totalCount</c>, <c>pageInfo</c>) leave binary fractions.
    /// </summary>
    private static double Whole(double total) => Math.Ceiling(Math.Round(total, 6));

    private static ValidationError CostError(ComplexityValidationContext context, double total, int allowed)
    {
        var error = new ValidationError(context.ValidationContext.Document.Source, null, string.Create(CultureInfo.InvariantCulture, $"The maximum allowed field cost was exceeded: the request costs {total}, {allowed} are allowed. Ask for smaller pages, fewer fields, or a smaller filter or search."))
        {
            Code = CostExceededCode,
        };
        error.Data["fieldCost"] = total;
        error.Data["maxFieldCost"] = allowed;
        return error;
    }

    private static ValidationError DepthError(ComplexityValidationContext context, int allowed)
    {
        var error = new ValidationError(context.ValidationContext.Document.Source, null, string.Create(CultureInfo.InvariantCulture, $"The request has an execution depth of {context.MaxDepth} nested fields, more than the {allowed} allowed."))
        {
            Code = DepthExceededCode,
        };
        error.Data["detectedExecutionDepth"] = context.MaxDepth;
        error.Data["allowedExecutionDepth"] = allowed;
        return error;
    }
}
