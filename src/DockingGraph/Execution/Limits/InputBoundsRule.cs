using System.Collections;
using System.Globalization;
using DockingGraph.Querying;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace DockingGraph.Execution.Limits;

/// <summary>
/// Bounds on a list field's <c>where</c>, <c>order</c> and <c>search</c>, measured on the values
/// the request will run with, before anything runs: the arguments as GraphQL.NET coerced them
/// (<see cref="ValidationContext.ArgumentValues"/>: literals, variables sent, variables' default
/// values, and defaults nested in lists and objects). The bounds are filter nodes (each field
/// given a value and each list element, so an empty object counts too), filter depth (nested
/// objects), the length of an <c>in</c>/<c>nin</c> list, sort keys (each direction given, however
/// deep in an element) and the nesting of an order element, and search terms and their length.
/// Together they keep every statement under each store's parameter limit (each <c>in</c> value is
/// a parameter) and every expression tree shallow, so every accepted input runs on both stores.
/// </summary>
/// <remarks>
/// Checked when GraphQL.NET asks for the rule's post-coercion visitor, before the cost is
/// analysed (the rule is registered ahead of the analyzer), so a request past a bound gets this
/// rule's code alone.
/// </remarks>
internal sealed class InputBoundsRule(GraphLimits limits) : ValidationRuleBase
{
    public const string FilterNodesCode = "FILTER_MAX_NODES_EXCEEDED";
    public const string FilterDepthCode = "FILTER_MAX_DEPTH_EXCEEDED";
    public const string InListCode = "FILTER_MAX_IN_LIST_EXCEEDED";
    public const string SortKeysCode = "SORT_MAX_KEYS_EXCEEDED";
    public const string SortDepthCode = "SORT_MAX_DEPTH_EXCEEDED";
    public const string SearchTermsCode = "SEARCH_MAX_TERMS_EXCEEDED";
    public const string SearchTermLengthCode = "SEARCH_MAX_TERM_LENGTH_EXCEEDED";

    /// <summary>A text with U+0000, which no stored text holds (an import refuses it, PostgreSQL cannot store it): refused alike on both stores.</summary>
    public const string NulCharacterCode = "TEXT_NUL_CHARACTER";

    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        foreach (var (field, arguments) in context.ArgumentValues ?? new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>())
        {
            foreach (var (name, argument) in arguments)
            {
                if (argument.Value is null)
                {
                    continue;
                }

                ASTNode at = field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name) ?? (ASTNode)field;
                var place = new Place(context, name, at);
                switch (name)
                {
                    case "where":
                        MeasureFilter(place, argument.Value);
                        break;
                    case "order":
                        MeasureOrder(place, argument.Value);
                        break;
                    case "search":
                        MeasureSearch(place, argument.Value);
                        break;
                }
            }
        }

        return default;
    }

    /// <summary>Walks the filter without recursion (a variable may bring any shape), stopping at the first bound passed.</summary>
    private void MeasureFilter(Place place, object value)
    {
        var nodes = 0;
        var pending = new Stack<(object? Value, int Depth, string? Key)>();
        pending.Push((value, 0, null));
        while (pending.TryPop(out var item))
        {
            switch (item.Value)
            {
                case string text when !HoldsNoNul(place, text):
                    return;
                case IDictionary<string, object?> fields:
                    if (!Check(place, FilterDepthCode, "levels of nested objects", item.Depth + 1, limits.MaxFilterDepth))
                    {
                        return;
                    }

                    foreach (var (name, fieldValue) in fields)
                    {
                        if (fieldValue is not null)
                        {
                            nodes++;
                            pending.Push((fieldValue, item.Depth + 1, name));
                        }
                    }

                    break;
                case IEnumerable list and not string:
                    var elements = list.Cast<object?>().ToList();
                    if (item.Key is not null && FilterOperations.Find(item.Key) is { TakesList: true } && !Check(place, InListCode, $"values in one `{item.Key}` list", elements.Count, limits.MaxInListLength))
                    {
                        return;
                    }

                    // Each element is a node, an empty object (`or: [{}, {}, ...]`) too: each is work and memory.
                    nodes += elements.Count;
                    foreach (var element in elements)
                    {
                        pending.Push((element, item.Depth, item.Key));
                    }

                    break;
            }

            if (!Check(place, FilterNodesCode, "fields, operations and list elements", nodes, limits.MaxFilterNodes))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Counts every key the order sorts by: each direction given, at any depth of an element
    /// (one element may name many keys, through to-one relations), and the deepest element. The
    /// value is in memory already (bounded by the body or the document), so it is walked whole:
    /// the keys are reported first, whatever the depth.
    /// </summary>
    private void MeasureOrder(Place place, object value)
    {
        var (keys, deepest) = (0, 0);
        var pending = new Stack<(object? Value, int Depth)>();
        pending.Push((value, 0));
        while (pending.TryPop(out var item))
        {
            switch (item.Value)
            {
                case null:
                    break;
                case IDictionary<string, object?> fields:
                    deepest = Math.Max(deepest, item.Depth + 1);
                    foreach (var fieldValue in fields.Values)
                    {
                        pending.Push((fieldValue, item.Depth + 1));
                    }

                    break;
                case IEnumerable list and not string:
                    foreach (var element in list)
                    {
                        pending.Push((element, item.Depth));
                    }

                    break;
                default:
                    keys++;
                    break;
            }
        }

        _ = Check(place, SortKeysCode, "sort keys", keys, limits.MaxSortKeys)
            && Check(place, SortDepthCode, "levels of nested objects in one element", deepest, limits.MaxSortDepth);
    }

    private void MeasureSearch(Place place, object value)
    {
        if (value is not string search || !HoldsNoNul(place, search))
        {
            return;
        }

        IReadOnlyList<string> terms;
        try
        {
            terms = SearchTerms.Split(search);
        }
        catch (ExecutionError)
        {
            // A search the translation refuses anyway, with its own code.
            return;
        }

        if (Check(place, SearchTermsCode, "terms", terms.Count, limits.MaxSearchTerms))
        {
            Check(place, SearchTermLengthCode, "characters in one term", terms.Count == 0 ? 0 : terms.Max(t => t.Length), limits.MaxSearchTermLength);
        }
    }

    /// <returns>Whether the bound holds; if not, the error is reported.</returns>
    private static bool Check(Place place, string code, string what, int actual, int allowed)
    {
        if (actual <= allowed)
        {
            return true;
        }

        var error = new ValidationError(
            place.Context.Document.Source,
            "5.4",
            string.Create(CultureInfo.InvariantCulture, $"The argument `{place.Argument}` has more {what} than the {allowed} allowed (at least {actual})."),
            place.Node)
        {
            Code = code,
        };
        error.Data["maxAllowed"] = allowed;
        place.Context.ReportError(error);
        return false;
    }

    /// <returns>Whether <paramref name="text"/> has no U+0000; if it has, the error is reported.</returns>
    private static bool HoldsNoNul(Place place, string text)
    {
        if (!text.Contains('\0', StringComparison.Ordinal))
        {
            return true;
        }

        place.Context.ReportError(new ValidationError(
            place.Context.Document.Source,
            "5.6",
            $"The argument `{place.Argument}` holds a text with the character U+0000, which no stored text can hold.",
            place.Node)
        {
            Code = NulCharacterCode,
        });
        return false;
    }

    /// <summary>The argument measured, where its error points.</summary>
    private sealed record Place(ValidationContext Context, string Argument, ASTNode Node);
}
