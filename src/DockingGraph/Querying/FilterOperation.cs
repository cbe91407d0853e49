using System.Linq.Expressions;

namespace DockingGraph.Querying;

/// <summary>What kinds of scalar an operation applies to.</summary>
[Flags]
internal enum FilterScalarKinds
{
    None = 0,

    /// <summary>Every scalar: <c>eq</c>, <c>neq</c>.</summary>
    Any = 1,

    /// <summary>Scalars compared against a list of values (all but Boolean): <c>in</c>, <c>nin</c>.</summary>
    Listable = 2,

    /// <summary>String: the substring operations.</summary>
    Text = 4,

    /// <summary>Numbers, dates, date-times and durations: the order operations.</summary>
    Ordered = 8,
}

/// <summary>
/// One filter operation on a scalar value, in HotChocolate's name: what the generated SDL says of
/// it and how it becomes a condition. <see cref="FilterOperations.All"/> is the one table both read.
/// </summary>
/// <param name="TakesList">Its value is a list (<c>in: [Int]</c>).</param>
/// <param name="AcceptsNull">A null value has a meaning (<c>eq: null</c>: has no value); otherwise null is refused.</param>
/// <param name="Translate">The condition on a property, given the value and its path in the filter (for errors).</param>
internal sealed record FilterOperation(
    string Name,
    string Description,
    FilterScalarKinds AppliesTo,
    bool TakesList,
    bool AcceptsNull,
    Func<Expression, object?, string, Expression> Translate);
