using System.Linq.Expressions;
using static DockingGraph.Querying.FilterScalarKinds;
using static DockingGraph.Querying.FilterTranslator;

namespace DockingGraph.Querying;

/// <summary>
/// The filter operations of the graph, in HotChocolate's names: one table that the generated SDL
/// (<see cref="FilterSchemaGenerator"/>) and the translation to a query (<see cref="FilterTranslator"/>)
/// both read, so an operation is added or changed in one place. The order is the SDL's.
/// </summary>
internal static class FilterOperations
{
    public static IReadOnlyList<FilterOperation> All { get; } =
    [
        new("eq", "Equal to the value (null: has no value).", Any, false, true, (p, v, _) => Expression.Equal(p, Parameter(v, p.Type))),
        new("neq", "Not equal to the value (null: has a value).", Any, false, true, (p, v, _) => Expression.NotEqual(p, Parameter(v, p.Type))),
        new("contains", "Contains the value (case-sensitive).", Text, false, false, (p, v, _) => Contains(p, v!)),
        new("ncontains", "Does not contain the value (case-sensitive).", Text, false, false, (p, v, _) => OrNoValue(p, Expression.Not(Contains(p, v!)))),
        new("in", "Equal to one of the values.", Listable, true, true, (p, v, path) => In(p, v, path)),
        new("nin", "Equal to none of the values.", Listable, true, true, (p, v, path) => OrNoValue(p, Expression.Not(In(p, v, path)))),
        new("startsWith", "Starts with the value (case-sensitive).", Text, false, false, (p, v, _) => Affix(p, v!, atStart: true)),
        new("nstartsWith", "Does not start with the value (case-sensitive).", Text, false, false, (p, v, _) => OrNoValue(p, Expression.Not(Affix(p, v!, atStart: true)))),
        new("endsWith", "Ends with the value (case-sensitive).", Text, false, false, (p, v, _) => Affix(p, v!, atStart: false)),
        new("nendsWith", "Does not end with the value (case-sensitive).", Text, false, false, (p, v, _) => OrNoValue(p, Expression.Not(Affix(p, v!, atStart: false)))),
        new("gt", "Greater than the value.", Ordered, false, false, (p, v, _) => Compare(p, ExpressionType.GreaterThan, v!)),
        new("ngt", "Not greater than the value.", Ordered, false, false, (p, v, _) => OrNoValue(p, Expression.Not(Compare(p, ExpressionType.GreaterThan, v!)))),
        new("gte", "Greater than or equal to the value.", Ordered, false, false, (p, v, _) => Compare(p, ExpressionType.GreaterThanOrEqual, v!)),
        new("ngte", "Not greater than or equal to the value.", Ordered, false, false, (p, v, _) => OrNoValue(p, Expression.Not(Compare(p, ExpressionType.GreaterThanOrEqual, v!)))),
        new("lt", "Less than the value.", Ordered, false, false, (p, v, _) => Compare(p, ExpressionType.LessThan, v!)),
        new("nlt", "Not less than the value.", Ordered, false, false, (p, v, _) => OrNoValue(p, Expression.Not(Compare(p, ExpressionType.LessThan, v!)))),
        new("lte", "Less than or equal to the value.", Ordered, false, false, (p, v, _) => Compare(p, ExpressionType.LessThanOrEqual, v!)),
        new("nlte", "Not less than or equal to the value.", Ordered, false, false, (p, v, _) => OrNoValue(p, Expression.Not(Compare(p, ExpressionType.LessThanOrEqual, v!)))),
    ];

    /// <summary>The scalars that have filter inputs, with what kinds of operation each takes (in the SDL's order).</summary>
    public static IReadOnlyList<(string Scalar, FilterScalarKinds Kinds)> Scalars { get; } =
    [
        ("String", Any | Listable | Text),
        ("Boolean", Any),
        ("Int", Any | Listable | Ordered),
        ("Float", Any | Listable | Ordered),
        ("DateTime", Any | Listable | Ordered),
        ("Date", Any | Listable | Ordered),
        ("Duration", Any | Listable | Ordered),
    ];

    private static readonly Dictionary<string, FilterOperation> ByName = All.ToDictionary(o => o.Name, StringComparer.Ordinal);

    public static IEnumerable<FilterOperation> Of(FilterScalarKinds kinds) => All.Where(o => (o.AppliesTo & kinds) != 0);

    public static FilterOperation? Find(string name) => ByName.GetValueOrDefault(name);
}
