using System.Globalization;
using DockingGraph.Execution.Binding;
using DockingGraph.Querying;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace DockingGraph.Execution.Limits;

/// <summary>
/// Nested connections multiply (100 stations x 100 events x 100 ...). A request may ask for at most
/// <see cref="GraphLimits.MaxRequestedItems"/> items along any path: the product of the page sizes
/// of the connections on it (<c>first</c> or <c>last</c>, else the default page), through
/// fragments too. Checked before anything runs, so an oversized request costs nothing. A
/// fragment's factor (the largest product below it) is computed once per request and multiplied
/// wherever it is spread, never re-expanded.
/// </summary>
internal sealed class RequestedItemsRule(int maxRequestedItems) : ValidationRuleBase
{
    public const string Code = "MAX_REQUESTED_ITEMS_EXCEEDED";

    // After the variables are coerced: a page size is the one the request runs with (a literal,
    // a variable sent, or a variable's default value). Checked as GraphQL.NET asks for the
    // visitor, so that the cost, analysed after this rule, is not reported as well.
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is { } operation && context.Schema.AllTypes[OperationTypeName(operation)] is IComplexGraphType root)
        {
            var largest = Walk(context, operation.SelectionSet, root, 1, new Dictionary<string, long>(StringComparer.Ordinal));
            if (largest > maxRequestedItems)
            {
                context.ReportError(new ValidationError(
                    context.Document.Source,
                    "5.9",
                    string.Create(CultureInfo.InvariantCulture, $"The request may return up to {largest} items along one path (the product of its nested page sizes), more than the {maxRequestedItems} allowed. Ask for smaller pages."),
                    operation)
                {
                    Code = Code,
                });
            }
        }

        return default;
    }

    /// <returns>The largest product of page sizes along any path below <paramref name="selections"/>.</returns>
    /// <param name="factors">Each fragment's factor once computed; a fragment being computed is there as 1 (a cycle, which validation reports).</param>
    private static long Walk(ValidationContext context, GraphQLSelectionSet selections, IGraphType type, long items, Dictionary<string, long> factors)
    {
        var largest = items;
        foreach (var selection in selections.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when type is IComplexGraphType complex && complex.GetField(field.Name.StringValue) is { } definition && field.SelectionSet is { } nested:
                    var fieldType = Unwrap(definition.ResolvedType!);
                    var pageItems = ConnectionTypes.IsConnection(fieldType) ? Multiply(items, PageSize(context, field)) : items;
                    largest = Math.Max(largest, Walk(context, nested, fieldType, pageItems, factors));
                    break;
                case GraphQLInlineFragment inline:
                    var inlineType = inline.TypeCondition is { } condition ? context.Schema.AllTypes[condition.Type.Name.StringValue] ?? type : type;
                    largest = Math.Max(largest, Walk(context, inline.SelectionSet, inlineType, items, factors));
                    break;
                case GraphQLFragmentSpread spread:
                    largest = Math.Max(largest, Multiply(items, Factor(context, spread.FragmentName.Name.StringValue, type, factors)));
                    break;
            }
        }

        return largest;
    }

    private static long Factor(ValidationContext context, string name, IGraphType type, Dictionary<string, long> factors)
    {
        if (factors.TryGetValue(name, out var known))
        {
            return known;
        }

        factors[name] = 1;
        var fragment = context.Document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
        var factor = fragment is null ? 1 : Walk(context, fragment.SelectionSet, context.Schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue] ?? type, 1, factors);
        factors[name] = factor;
        return factor;
    }

    private static long Multiply(long a, long b) => b != 0 && a > long.MaxValue / b ? long.MaxValue : a * b;

    /// <summary>The page a connection runs with: <c>first</c> or <c>last</c> as coerced (a default value included), else the default page.</summary>
    private static long PageSize(ValidationContext context, GraphQLField field)
    {
        if (context.ArgumentValues is { } values && values.TryGetValue(field, out var arguments))
        {
            foreach (var name in (string[])["first", "last"])
            {
                if (arguments.TryGetValue(name, out var argument) && argument.Value is int or long)
                {
                    return Math.Max(Convert.ToInt64(argument.Value, CultureInfo.InvariantCulture), 1);
                }
            }
        }

        return PagingArguments.DefaultPageSize;
    }

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };

    private static string OperationTypeName(GraphQLOperationDefinition operation) => operation.Operation switch
    {
        OperationType.Mutation => "Mutation",
        OperationType.Subscription => "Subscription",
        _ => "Query",
    };
}
