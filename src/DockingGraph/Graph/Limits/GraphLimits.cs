using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;

namespace DockingGraph.Graph.Limits;

/// <summary>
/// Limits on what one request may ask for (GraphQL.NET sets none by default), from
/// configuration section <c>GraphQL</c>. The depth is counted in nested fields.
/// </summary>
public sealed class GraphLimits
{
    public int MaxDepth { get; set; } = 20;

    /// <summary>The most items one path of a request may ask for: 100 x 100 is allowed, 100 x 100 x 100 is not.</summary>
    public int MaxRequestedItems { get; set; } = 10_000;

    /// <summary>Fields and operations given a value in one <c>where</c>, however nested.</summary>
    public int MaxFilterNodes { get; set; } = 200;

    /// <summary>Levels of nested objects in one <c>where</c> (<c>{ and: [{ dockingLocation: { name: { eq } } }] }</c> is 4).</summary>
    public int MaxFilterDepth { get; set; } = 10;

    /// <summary>Values in one <c>in</c> or <c>nin</c> list; each is a parameter of the statement.</summary>
    public int MaxInListLength { get; set; } = 100;

    public int MaxSortKeys { get; set; } = 10;

    public int MaxSearchTerms { get; set; } = 10;

    public int MaxSearchTermLength { get; set; } = 100;

    internal IEnumerable<IValidationRule> ValidationRules =>
        [new ComplexityValidationRule(new ComplexityOptions { MaxDepth = MaxDepth }), new RequestedItemsRule(MaxRequestedItems), new InputBoundsRule(this)];

    /// <summary>Every limit must let something through.</summary>
    internal static IEnumerable<(Func<GraphLimits, bool> Holds, string Failure)> Checks =>
    [
        (l => l.MaxDepth >= 1, "GraphQL:MaxDepth must be 1 or more"),
        (l => l.MaxRequestedItems >= 1, "GraphQL:MaxRequestedItems must be 1 or more"),
        (l => l.MaxFilterNodes >= 1, "GraphQL:MaxFilterNodes must be 1 or more"),
        (l => l.MaxFilterDepth >= 2, "GraphQL:MaxFilterDepth must be 2 or more"),
        (l => l.MaxInListLength >= 1, "GraphQL:MaxInListLength must be 1 or more"),
        (l => l.MaxSortKeys >= 1, "GraphQL:MaxSortKeys must be 1 or more"),
        (l => l.MaxSearchTerms >= 1, "GraphQL:MaxSearchTerms must be 1 or more"),
        (l => l.MaxSearchTermLength >= 1, "GraphQL:MaxSearchTermLength must be 1 or more"),
    ];
}
