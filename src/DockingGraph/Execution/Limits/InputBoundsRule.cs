using System.Collections;
using System.Globalization;
using DockingGraph.Querying;
using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace DockingGraph.Execution.Limits;

/// <summary>
/// Bounds on a list field's <c>where</c>, <c>order</c> and <c>search</c>, measured on the values
/// the request ends with (variables included), before anything runs: filter nodes (each field or
/// operation given a value), filter depth (nested objects), the length of an <c>in</c>/<c>nin</c>
/// list, sort keys, and search terms and their length. Together they keep every statement under
/// each store's parameter limit (each <c>in</c> value is a parameter) and every expression tree
/// shallow, so every accepted input runs on both stores.
/// </summary>
internal sealed class InputBoundsRule(GraphLimits limits) : ValidationRuleBase, INodeVisitor
{
    public const string FilterNodesCode = "FILTER_MAX_NODES_EXCEEDED";
    public const string FilterDepthCode = "FILTER_MAX_DEPTH_EXCEEDED";
    public const string InListCode = "FILTER_MAX_IN_LIST_EXCEEDED";
    public const string SortKeysCode = "SORT_MAX_KEYS_EXCEEDED";
    public const string SearchTermsCode = "SEARCH_MAX_TERMS_EXCEEDED";
    public const string SearchTermLengthCode = "SEARCH_MAX_TERM_LENGTH_EXCEEDED";

    // After the variables are coerced: the bounds hold for what a variable brings too.
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context) => new(this);

    public ValueTask EnterAsync(ASTNode node, ValidationContext context)
    {
        if (node is GraphQLArgument argument)
        {
            switch (argument.Name.StringValue)
            {
                case "where":
                    MeasureFilter(argument, context);
                    break;
                case "order":
                    var keys = Resolve(argument.Value, context) switch
                    {
                        GraphQLListValue list => list.Values?.Count ?? 0,
                        IEnumerable list and not string and not IDictionary => list.Cast<object?>().Count(),
                        null or GraphQLNullValue => 0,
                        _ => 1,
                    };
                    Check(context, argument, SortKeysCode, "sort keys", keys, limits.MaxSortKeys);
                    break;
                case "search":
                    MeasureSearch(argument, context);
                    break;
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask LeaveAsync(ASTNode node, ValidationContext context) => ValueTask.CompletedTask;

    /// <summary>Walks the filter without recursion (a variable may bring any shape), stopping at the first bound passed.</summary>
    private void MeasureFilter(GraphQLArgument argument, ValidationContext context)
    {
        var nodes = 0;
        var pending = new Stack<(object? Value, int Depth, string? Key)>();
        pending.Push((argument.Value, 0, null));
        while (pending.TryPop(out var item))
        {
            var (value, depth, key) = (Resolve(item.Value, context), item.Depth, item.Key);
            switch (value)
            {
                case GraphQLObjectValue objectValue:
                    if (!Check(context, argument, FilterDepthCode, "levels of nested objects", depth + 1, limits.MaxFilterDepth))
                    {
                        return;
                    }

                    foreach (var field in objectValue.Fields ?? [])
                    {
                        if (field.Value is not GraphQLNullValue)
                        {
                            nodes++;
                            pending.Push((field.Value, depth + 1, field.Name.StringValue));
                        }
                    }

                    break;
                case IDictionary<string, object?> dictionary:
                    if (!Check(context, argument, FilterDepthCode, "levels of nested objects", depth + 1, limits.MaxFilterDepth))
                    {
                        return;
                    }

                    foreach (var (name, fieldValue) in dictionary)
                    {
                        if (fieldValue is not null)
                        {
                            nodes++;
                            pending.Push((fieldValue, depth + 1, name));
                        }
                    }

                    break;
                case GraphQLListValue list:
                    if (key is not null && FilterOperations.Find(key) is { TakesList: true } && !Check(context, argument, InListCode, $"values in one `{key}` list", list.Values?.Count ?? 0, limits.MaxInListLength))
                    {
                        return;
                    }

                    foreach (var element in list.Values ?? [])
                    {
                        pending.Push((element, depth, key));
                    }

                    break;
                case IEnumerable list and not string:
                    var elements = list.Cast<object?>().ToList();
                    if (key is not null && FilterOperations.Find(key) is { TakesList: true } && !Check(context, argument, InListCode, $"values in one `{key}` list", elements.Count, limits.MaxInListLength))
                    {
                        return;
                    }

                    foreach (var element in elements)
                    {
                        pending.Push((element, depth, key));
                    }

                    break;
            }

            if (!Check(context, argument, FilterNodesCode, "fields and operations", nodes, limits.MaxFilterNodes))
            {
                return;
            }
        }
    }

    private void MeasureSearch(GraphQLArgument argument, ValidationContext context)
    {
        if (Resolve(argument.Value, context) switch { GraphQLStringValue literal => literal.Value.ToString(), string text => text, _ => null } is not { } search)
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

        if (Check(context, argument, SearchTermsCode, "terms", terms.Count, limits.MaxSearchTerms))
        {
            Check(context, argument, SearchTermLengthCode, "characters in one term", terms.Count == 0 ? 0 : terms.Max(t => t.Length), limits.MaxSearchTermLength);
        }
    }

    private static object? Resolve(object? value, ValidationContext context) =>
        value is GraphQLVariable variable
            ? context.Variables is { } variables && variables.TryGetValue(variable.Name.StringValue, out var given) ? given : null
            : value;

    /// <returns>Whether the bound holds; if not, the error is reported.</returns>
    private static bool Check(ValidationContext context, GraphQLArgument argument, string code, string what, int actual, int allowed)
    {
        if (actual <= allowed)
        {
            return true;
        }

        var error = new ValidationError(
            context.Document.Source,
            "5.4",
            string.Create(CultureInfo.InvariantCulture, $"The argument `{argument.Name.StringValue}` has more {what} than the {allowed} allowed (at least {actual})."),
            argument)
        {
            Code = code,
        };
        error.Data["maxAllowed"] = allowed;
        context.ReportError(error);
        return false;
    }
}
