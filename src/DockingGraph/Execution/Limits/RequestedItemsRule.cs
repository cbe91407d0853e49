using System.Globalization;
using DockingGraph.Querying;
using GraphQL.Validation;

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
        if (context.Operation is { } operation && SelectionGraph.Of(context) is { } graph)
        {
            var largest = Largest(context, graph);
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

    /// <summary>The largest product of page sizes along any path of the operation, skipped fields included (a skipped field only widens what is counted).</summary>
    private static long Largest(ValidationContext context, SelectionGraph graph) =>
        graph.Evaluate<long>(
            (node, below) =>
            {
                var largest = 1L;
                foreach (var item in node.Items)
                {
                    if (item.Below is { } selection)
                    {
                        var page = item is SelectedField field && ConnectionTypes.IsConnection(selection.Type) ? PagingArguments.AskedSize(field.ArgumentsIn(context)) : 1;
                        largest = Math.Max(largest, Multiply(page, below(selection)));
                    }
                }

                return largest;
            },
            1)[graph.Root.Index];

    private static long Multiply(long a, long b) => b != 0 && a > long.MaxValue / b ? long.MaxValue : a * b;
}
