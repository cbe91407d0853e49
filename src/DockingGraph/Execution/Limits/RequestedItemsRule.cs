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
internal sealed class RequestedItemsRule(int maxRequestedItems) : ValidationRuleBase, INodeVisitor
{
    public const string Code = "MAX_REQUESTED_ITEMS_EXCEEDED";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(this);

    public ValueTask EnterAsync(ASTNode node, ValidationContext context)
    {
        if (node == context.Operation && context.Schema.AllTypes[OperationTypeName(context.Operation)] is IComplexGraphType root)
        {
            var largest = Walk(context, context.Operation.SelectionSet, root, 1, new Dictionary<string, long>(StringComparer.Ordinal));
            if (largest > maxRequestedItems)
            {
                context.ReportError(new ValidationError(
                    context.Document.Source,
                    "5.9",
                    string.Create(CultureInfo.InvariantCulture, $"The request may return up to {largest} items along one path (the product of its nested page sizes), more than the {maxRequestedItems} allowed. Ask for smaller pages."),
                    context.Operation)
                {
                    Code = Code,
                });
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => ValueTask.CompletedTask;

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
                    var pageItems = fieldType.Name.EndsWith("Connection", StringComparison.Ordinal) ? Multiply(items, PageSize(context, field)) : items;
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

    private static long PageSize(ValidationContext context, GraphQLField field)
    {
        foreach (var argument in field.Arguments?.Items ?? [])
        {
            if (argument.Name.StringValue is "first" or "last")
            {
                var value = argument.Value switch
                {
                    GraphQLIntValue literal => long.TryParse(literal.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var size) ? size : (long?)null,
                    GraphQLVariable variable when context.Variables is { } variables && variables.TryGetValue(variable.Name.StringValue, out var size) => size is int or long ? Convert.ToInt64(size, CultureInfo.InvariantCulture) : null,
                    _ => null,
                };
                if (value is not null)
                {
                    return Math.Max(value.Value, 1);
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
