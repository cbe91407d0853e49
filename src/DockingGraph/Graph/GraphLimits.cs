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

    internal IEnumerable<IValidationRule> ValidationRules =>
        [new ComplexityValidationRule(new ComplexityOptions { MaxDepth = MaxDepth })];
}
