using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace DockingGraph.Graph;

/// <summary>
/// Limits on what one request may ask for (GraphQL.NET sets none by default), from
/// configuration section <c>GraphQL</c>. The depth is counted in nested fields.
/// </summary>
public sealed class GraphLimits
{
    public int MaxDepth { get; set; } = 20;

    /// <summary>The most items one path of a request may ask for: 100 x 100 is allowed, 100 x 100 x 100 is not.</summary>
    public int MaxRequestedItems { get; set; } = 10_000;

    internal IEnumerable<IValidationRule> ValidationRules =>
        [new ComplexityValidationRule(new ComplexityOptions { MaxDepth = MaxDepth }), new RequestedItemsRule(MaxRequestedItems)];
}
