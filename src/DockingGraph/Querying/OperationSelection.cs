using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace DockingGraph.Querying;

/// <summary>
/// Which fields of given selection sets apply to an object type, through inline and named
/// fragments, read off the document itself: at run time a field's selection may be the merge of
/// the selections of the fields that share its response key, a set the operation's
/// <see cref="SelectionGraph"/> has no node for. <c>@skip</c> and <c>@include</c> are not
/// evaluated: a skipped field only widens what is read.
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

    /// <summary>The operation's root fields named <paramref name="name"/> (under every alias).</summary>
    public IEnumerable<GraphQLField> RootFields(string name) =>
        RootType is { } root ? Fields(root, [operation.SelectionSet]).Where(f => f.Name.StringValue == name) : [];

    /// <summary>
    /// The fields named <paramref name="name"/> on <paramref name="parent"/> one level below the
    /// operation's root fields (<c>dockingEvent</c> of a <c>dockingEventChanged</c>), under every alias.
    /// </summary>
    public IEnumerable<GraphQLField> FieldsBelowRoot(IObjectGraphType parent, string name) =>
        RootType is { } root
            ? Fields(parent, [.. Fields(root, [operation.SelectionSet]).Select(f => f.SelectionSet).OfType<GraphQLSelectionSet>()]).Where(f => f.Name.StringValue == name)
            : [];

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

    private bool Applies(IObjectGraphType type, GraphQLTypeCondition? condition) =>
        condition is null || SelectionGraph.ObjectTypes(schema.AllTypes[condition.Type.Name.StringValue]).Contains(type);
}
