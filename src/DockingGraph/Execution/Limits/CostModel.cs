using System.Collections;
using System.Runtime.CompilerServices;
using DockingGraph.Execution.Binding;
using DockingGraph.Querying;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace DockingGraph.Execution.Limits;

/// <summary>
/// What a field costs in the request's one cost (GraphQL.NET's complexity analyzer sums it over
/// siblings and aliases, each field's impact times the product of the list sizes above it), in
/// the spirit of HotChocolate's cost analysis and the IBM cost specification it follows, counting
/// both what the answer writes and the work the store does for it:
/// <list type="bullet">
/// <item>every field written costs 1 for each item it is written for: a scalar, an enum or a
/// <c>__typename</c> (<see cref="LeafCost"/>), an object (<see cref="ObjectCost"/>); a scalar in a
/// page of 100 costs 100;</item>
/// <item>a connection costs 1 (its statement) and multiplies what is below it by its page:
/// <c>first</c> or <c>last</c>, else the default page of 10; <c>nodes</c> and <c>edges</c> are
/// its objects (an edge's <c>node</c> is the edge's object), <c>pageInfo</c> and
/// <c>totalCount</c> are written once per connection;</item>
/// <item>a connection's work, per list it runs on (so a nested list's work is multiplied by its
/// parents' items): <see cref="FilterNodeCost"/> per node of its <c>where</c> (counted as the
/// filter bounds count them), <see cref="SearchCost"/> per search term and searched field, and
/// <see cref="SortKeyCost"/> per sort key after the first; <c>totalCount</c> runs the filter
/// and the search again in its count, so it costs that work again (HotChocolate prices each
/// filter and sort operation at 10 too);</item>
/// <item>a plain list of objects costs 1 per object, 10 assumed;</item>
/// <item>introspection counts as the rest does, its lists at this schema's sizes: <c>types</c>
/// all of them, <c>fields</c>, <c>args</c> and the others their average over the types (or
/// fields) that hold them, so the IDEs' standard query costs about what it writes.</item>
/// </list>
/// </summary>
internal static class CostModel
{
    /// <summary>What a plain list is taken to hold unless <c>GraphQL:AssumedListSize</c> says otherwise.</summary>
    public const int DefaultAssumedListSize = 10;
    public const double LeafCost = 1;
    public const double ObjectCost = 1;
    public const double StatementCost = 1;
    public const double FilterNodeCost = 10;
    public const double SearchCost = 10;
    public const double SortKeyCost = 10;

    private static readonly ConditionalWeakTable<ISchema, IntrospectionSizes> Sizes = [];

    /// <param name="assumedListSize">What a plain list is taken to hold (<see cref="GraphLimits.AssumedListSize"/>).</param>
    public static FieldComplexityResult Impact(CostSite site, int assumedListSize)
    {
        var field = site.Field;
        var (type, isList) = Unwrap(field.ResolvedType!);
        if (site.ParentType.Name.StartsWith("__", StringComparison.Ordinal) || field.Name is "__schema" or "__type")
        {
            return Introspection(site, type, isList, assumedListSize);
        }

        var parentIsConnection = ConnectionTypes.IsConnection(site.ParentType);
        return type switch
        {
            _ when ConnectionTypes.IsConnection(type) => new(StatementCost + Work(site.Field, site.Arguments), PageSize(site.Arguments)),

            // Once per connection, whatever its page: the page's multiplier taken back out. The count runs the filter and search again.
            _ when parentIsConnection && field.Name == "totalCount" && site.Parent is { } connection => new((StatementCost + Work(connection.Field, connection.Arguments) - SortWork(connection.Arguments)) / PageSize(connection.Arguments), 1),
            _ when parentIsConnection && field.Name == "pageInfo" && site.Parent is { } connection => new(ObjectCost / PageSize(connection.Arguments), 1 / PageSize(connection.Arguments)),
            ScalarGraphType or EnumerationGraphType => new(isList ? LeafCost * assumedListSize : LeafCost, 1),
            _ when ConnectionTypes.NodeTypeOfEdge(site.ParentType) is { } node && type.Name == node => new(0, 1),

            // A connection's nodes and edges: the page multiplied already, one per object.
            _ when parentIsConnection => new(ObjectCost, 1),
            _ when isList => new(ObjectCost * assumedListSize, assumedListSize),
            _ => new(ObjectCost, 1),
        };
    }

    /// <summary>The store's work for one run of a connection's statement: its filter, its search and its sort keys after the first.</summary>
    public static double Work(FieldType connection, IDictionary<string, ArgumentValue>? arguments) =>
        (FilterNodeCost * FilterNodes(Argument(arguments, "where")))
        + (SearchCost * SearchTermCount(Argument(arguments, "search")) * SearchedFields(connection))
        + SortWork(arguments);

    /// <summary>
    /// Nodes of a filter as the filter bounds count them: each field or operation given a value,
    /// and each list element (an empty object in <c>or</c> too). Walked without recursion.
    /// </summary>
    public static int FilterNodes(object? value)
    {
        var nodes = 0;
        var pending = new Stack<object?>();
        pending.Push(value);
        while (pending.TryPop(out var item))
        {
            switch (item)
            {
                case IDictionary<string, object?> fields:
                    foreach (var fieldValue in fields.Values)
                    {
                        if (fieldValue is not null)
                        {
                            nodes++;
                            pending.Push(fieldValue);
                        }
                    }

                    break;
                case IEnumerable list and not string:
                    foreach (var element in list)
                    {
                        nodes++;
                        pending.Push(element);
                    }

                    break;
            }
        }

        return nodes;
    }

    /// <summary>Sort keys: each direction given, however deep in an element. Walked without recursion.</summary>
    public static int SortKeys(object? value)
    {
        var keys = 0;
        var pending = new Stack<object?>();
        pending.Push(value);
        while (pending.TryPop(out var item))
        {
            switch (item)
            {
                case null:
                    break;
                case IDictionary<string, object?> fields:
                    foreach (var fieldValue in fields.Values)
                    {
                        pending.Push(fieldValue);
                    }

                    break;
                case IEnumerable list and not string:
                    foreach (var element in list)
                    {
                        pending.Push(element);
                    }

                    break;
                default:
                    keys++;
                    break;
            }
        }

        return keys;
    }

    private static double SortWork(IDictionary<string, ArgumentValue>? arguments) =>
        SortKeyCost * Math.Max(0, SortKeys(Argument(arguments, "order")) - 1);

    private static int SearchTermCount(object? value)
    {
        if (value is not string search)
        {
            return 0;
        }

        try
        {
            return SearchTerms.Split(search).Count;
        }
        catch (ExecutionError)
        {
            // A search the translation refuses: nothing runs.
            return 0;
        }
    }

    private static int SearchedFields(FieldType field) => field.GetMetadata(ConnectionField.SearchedFieldsKey, 0);

    private static object? Argument(IDictionary<string, ArgumentValue>? arguments, string name) =>
        arguments is not null && arguments.TryGetValue(name, out var argument) ? argument.Value : null;

    private static double PageSize(IDictionary<string, ArgumentValue>? arguments) => PagingArguments.AskedSize(arguments);

    private static FieldComplexityResult Introspection(CostSite site, IGraphType type, bool isList, int assumedListSize)
    {
        var leaf = type is ScalarGraphType or EnumerationGraphType;
        var size = isList ? Sizes.GetValue(site.Schema, IntrospectionSizes.Of).Of(site.Field.Name, assumedListSize) : 1;
        return leaf ? new(LeafCost * size, 1) : new(ObjectCost * size, size);
    }

    private static (IGraphType Type, bool IsList) Unwrap(IGraphType type)
    {
        var isList = false;
        while (true)
        {
            switch (type)
            {
                case NonNullGraphType nonNull:
                    type = nonNull.ResolvedType!;
                    break;
                case ListGraphType list:
                    isList = true;
                    type = list.ResolvedType!;
                    break;
                default:
                    return (type, isList);
            }
        }
    }

    /// <summary>The sizes of the introspection lists of one schema: the whole list, or its average per holder.</summary>
    private sealed class IntrospectionSizes(Dictionary<string, double> sizes)
    {
        public double Of(string field, int assumedListSize) => sizes.GetValueOrDefault(field, assumedListSize);

        public static IntrospectionSizes Of(ISchema schema)
        {
            var types = schema.AllTypes.ToList();
            var fields = types.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType).SelectMany(t => t.Fields).ToList();
            var inputs = types.OfType<IInputObjectGraphType>().SelectMany(t => t.Fields).ToList();
            var directives = schema.Directives.ToList();
            double Average(int total, int holders) => holders == 0 ? 0 : (double)total / holders;
            return new(new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["types"] = types.Count,
                ["fields"] = Average(fields.Count, types.Count),
                ["inputFields"] = Average(inputs.Count, types.Count),
                ["enumValues"] = Average(types.OfType<EnumerationGraphType>().Sum(t => t.Values.Count), types.Count),
                ["interfaces"] = Average(types.OfType<IImplementInterfaces>().Sum(t => t.ResolvedInterfaces.Count), types.Count),
                ["possibleTypes"] = Average(types.OfType<IAbstractGraphType>().Sum(t => t.PossibleTypes.Count), types.Count),
                ["args"] = Average(fields.Sum(f => f.Arguments?.Count ?? 0) + directives.Sum(d => d.Arguments?.Count ?? 0), fields.Count + directives.Count),
                ["directives"] = directives.Count,
                ["locations"] = Average(directives.Sum(d => d.Locations.Count), directives.Count),
            });
        }
    }
}

/// <summary>A field where the cost meets it: its definition, the type it is selected on, its arguments as the request runs them, and the field whose selection holds it.</summary>
internal readonly record struct CostSite(FieldType Field, IGraphType ParentType, IDictionary<string, ArgumentValue>? Arguments, ISchema Schema, (FieldType Field, IDictionary<string, ArgumentValue>? Arguments)? Parent);
