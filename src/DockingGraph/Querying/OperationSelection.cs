using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace DockingGraph.Querying;

/// <summary>
/// An operation's selections read with the schema's types: which fields apply to an object type
/// through inline and named fragments, and the columns the whole operation reads of each record
/// type (<see cref="ColumnsByRecord"/>). <c>@skip</c> and <c>@include</c> are not evaluated: a
/// skipped field only widens what is read.
/// </summary>
internal sealed class OperationSelection
{
    private readonly ISchema schema;
    private readonly GraphQLOperationDefinition operation;
    private readonly Dictionary<string, GraphQLFragmentDefinition> fragments;

    public OperationSelection(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        this.schema = schema;
        this.operation = operation;
        fragments = document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The object type that shows records of <paramref name="record"/>, if the schema has one.</summary>
    public IObjectGraphType? ObjectTypeOf(Type record) => schema.AllTypes[record.Name] as IObjectGraphType;

    /// <summary>
    /// The properties the operation reads of each record type, or null for a type some field reads
    /// whole. Each selection set is visited once per object type it applies to, so fragments spread
    /// many times cost nothing more.
    /// </summary>
    public Dictionary<Type, HashSet<string>?> ColumnsByRecord()
    {
        var columns = new Dictionary<Type, HashSet<string>?>();
        var visited = new HashSet<(GraphQLSelectionSet, IObjectGraphType)>();
        if (RootType is { } root)
        {
            Visit(root, operation.SelectionSet);
        }

        return columns;

        void Visit(IObjectGraphType type, GraphQLSelectionSet selections)
        {
            if (!visited.Add((selections, type)))
            {
                return;
            }

            if (type.GetMetadata<Type?>(FieldReads.RecordKey) is { } record)
            {
                columns.TryAdd(record, []);
            }

            foreach (var selection in Fields(type, [selections]))
            {
                // Meta fields (__typename) are not the type's own and read nothing.
                if (type.GetField(selection.Name.Value) is not { } field)
                {
                    continue;
                }

                if (field.GetMetadata<FieldReads?>(FieldReads.Key) is { } reads)
                {
                    Add(columns, reads);
                }

                if (selection.SelectionSet is { } below && field.ResolvedType?.GetNamedType() is { } target)
                {
                    foreach (var objectType in ObjectTypes(target))
                    {
                        Visit(objectType, below);
                    }
                }
            }
        }
    }

    /// <summary>The operation's root fields named <paramref name="name"/> (under every alias).</summary>
    public IEnumerable<GraphQLField> RootFields(string name) =>
        RootType is { } root ? Fields(root, [operation.SelectionSet]).Where(f => f.Name.StringValue == name) : [];

    private IObjectGraphType? RootType => operation.Operation switch
    {
        OperationType.Query => schema.Query,
        OperationType.Mutation => schema.Mutation,
        _ => schema.Subscription,
    };

    /// <summary>The fields of <paramref name="selections"/> that apply to <paramref name="objectType"/>, through inline fragments and named ones.</summary>
    public IEnumerable<GraphQLField> Fields(IObjectGraphType objectType, IEnumerable<GraphQLSelectionSet> selections)
    {
        var seen = new HashSet<GraphQLSelectionSet>();
        var pending = new Stack<GraphQLSelectionSet>(selections);
        while (pending.TryPop(out var set))
        {
            if (!seen.Add(set))
            {
                continue;
            }

            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        yield return field;
                        break;
                    case GraphQLInlineFragment inline when Applies(objectType, inline.TypeCondition):
                        pending.Push(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread
                        when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) && Applies(objectType, fragment.TypeCondition):
                        pending.Push(fragment.SelectionSet);
                        break;
                }
            }
        }
    }

    private static void Add(Dictionary<Type, HashSet<string>?> columns, FieldReads reads)
    {
        if (reads.Properties is null)
        {
            columns[reads.Record] = null;
        }
        else if (!columns.TryGetValue(reads.Record, out var known))
        {
            columns[reads.Record] = new HashSet<string>(reads.Properties, StringComparer.Ordinal);
        }
        else
        {
            known?.UnionWith(reads.Properties);
        }
    }

    private bool Applies(IObjectGraphType type, GraphQLTypeCondition? condition) =>
        condition is null || ObjectTypes(schema.AllTypes[condition.Type.Name.StringValue]).Contains(type);

    private static IEnumerable<IObjectGraphType> ObjectTypes(IGraphType? type) => type switch
    {
        IObjectGraphType objectType => [objectType],
        IAbstractGraphType abstractType => abstractType.PossibleTypes,
        _ => [],
    };
}
