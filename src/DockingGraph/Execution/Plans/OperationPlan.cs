using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace DockingGraph.Execution.Plans;

/// <summary>
/// A query operation compiled for answering: its selections collected per object type, as the
/// GraphQL spec's CollectFields collects them and in GraphQL.NET's order, made once and kept with
/// the parsed operation (a cached document's operation is the same object on every request). An
/// operation with <c>@skip</c> or <c>@include</c> collects with each request's directive values,
/// and is not kept.
/// </summary>
internal sealed class OperationPlan
{
    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, OperationPlan> Kept = [];

    private readonly ISchema schema;
    private readonly GraphQLDocument document;
    private readonly IReadOnlyDictionary<ASTNode, IDictionary<string, DirectiveInfo>>? directives;
    private readonly bool conditional;

    private OperationPlan(ExecutionContext context, bool conditional)
    {
        schema = context.Schema;
        document = context.Document;
        directives = context.DirectiveValues;
        this.conditional = conditional;
        Root = Collect(context.Schema.Query!, context.Operation.SelectionSet);
        Introspects = Root.Fields.Any(f => f.Definition == schema.SchemaMetaFieldType || f.Definition == schema.TypeMetaFieldType);
    }

    /// <summary>The operation's root fields.</summary>
    public SelectionPlan Root { get; }

    /// <summary>How long its last answer's <c>data</c> was, and a little more: the next one's buffer starts that large.</summary>
    public int ExpectedBytes { get; set; } = 1024;

    /// <summary>The most records its last request had waiting at once: the next one's queue starts that large.</summary>
    public int ExpectedRecords { get; set; }

    /// <summary>The values its last request kept: the next one's table starts that large.</summary>
    public int ExpectedValues { get; set; }

    /// <summary>Whether the operation asks <c>__schema</c> or <c>__type</c>: the schema's own types are answered by GraphQL.NET.</summary>
    public bool Introspects { get; }

    /// <summary>The plan of the request's query operation.</summary>
    public static OperationPlan For(ExecutionContext context)
    {
        if (Kept.TryGetValue(context.Operation, out var kept))
        {
            return kept;
        }

        var conditional = HasConditions(context.Document);
        var plan = new OperationPlan(context, conditional);
        if (!conditional)
        {
            Kept.TryAdd(context.Operation, plan);
        }

        return plan;
    }

    /// <summary>
    /// The fields of <paramref name="selectionSet"/> that apply to <paramref name="type"/>, by response
    /// key, with the selections of fields that share a key merged: GraphQL.NET's
    /// <c>ExecutionStrategy.CollectFieldsFrom</c>, step for step, so that fields come in its order
    /// and a resolver sees the same merged field.
    /// </summary>
    public SelectionPlan Collect(IObjectGraphType type, GraphQLSelectionSet selectionSet)
    {
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var collected = new List<(GraphQLField Merged, GraphQLField First, FieldType Definition)>();
        var spreads = CountSpreads(selectionSet);
        var visited = spreads > 1 ? new ROM[spreads] : null;
        CollectFields(type, selectionSet, visited, 0);
        var fields = new PlannedField[collected.Count];
        foreach (var (key, index) in keys)
        {
            var (merged, first, definition) = collected[index];
            fields[index] = new PlannedField(this, key, merged, first, definition);
        }

        return new SelectionPlan(type, fields);

        void CollectFields(IObjectGraphType type, GraphQLSelectionSet selectionSet, ROM[]? visited, int found)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field when Included(field):
                        Add(field, FieldDefinition(type, field));
                        break;
                    case GraphQLFragmentSpread spread when (visited is null || !Contains(visited, spread.FragmentName.Name, found)) && Included(spread):
                        visited?[found++] = spread.FragmentName.Name;
                        if (document.FindFragmentDefinition(spread.FragmentName.Name) is { } fragment && Included(fragment) && Matches(fragment.TypeCondition.Type.Name, type))
                        {
                            CollectFields(type, fragment.SelectionSet, visited, found);
                        }

                        break;
                    case GraphQLInlineFragment inline when Included(inline) && Matches(inline.TypeCondition is { } condition ? condition.Type.Name : (ROM)type.Name, type):
                        CollectFields(type, inline.SelectionSet, visited, found);
                        break;
                }
            }
        }

        void Add(GraphQLField field, FieldType definition)
        {
            var key = field.Alias?.Name.StringValue ?? definition.Name;
            if (keys.TryGetValue(key, out var index))
            {
                var (merged, first, known) = collected[index];
                var selections = merged.SelectionSet is null ? field.SelectionSet
                    : field.SelectionSet is null ? merged.SelectionSet
                    : new GraphQLSelectionSet(merged.SelectionSet.Selections.Union(field.SelectionSet.Selections).ToList());
                collected[index] = (new GraphQLField(merged.Name) { Alias = merged.Alias, Arguments = merged.Arguments, SelectionSet = selections, Directives = merged.Directives, Location = merged.Location }, first, known);
            }
            else
            {
                keys[key] = collected.Count;
                collected.Add((field, field, definition));
            }
        }
    }

    private static bool Contains(ROM[] names, ROM name, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (names[i] == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Spreads in a selection set with its fragments' (the document stage refused cycles and bounded the nesting).</summary>
    private int CountSpreads(GraphQLSelectionSet selectionSet)
    {
        var count = 0;
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is GraphQLFragmentSpread spread)
            {
                count++;
                if (document.FindFragmentDefinition(spread.FragmentName.Name) is { } fragment)
                {
                    count += CountSpreads(fragment.SelectionSet);
                }
            }
            else if (selection is GraphQLInlineFragment inline)
            {
                count += CountSpreads(inline.SelectionSet);
            }
        }

        return count;
    }

    private FieldType FieldDefinition(IObjectGraphType type, GraphQLField field)
    {
        if (field.Name == schema.SchemaMetaFieldType.Name && schema.Query == type)
        {
            return schema.SchemaMetaFieldType;
        }

        if (field.Name == schema.TypeMetaFieldType.Name && schema.Query == type)
        {
            return schema.TypeMetaFieldType;
        }

        return field.Name == schema.TypeNameMetaFieldType.Name
            ? schema.TypeNameMetaFieldType
            : type.GetField(field.Name) ?? throw new InvalidOperationException($"Schema is not configured correctly to fetch field '{field.Name}' from type '{type.Name}'.");
    }

    private bool Matches(ROM condition, IObjectGraphType type) =>
        schema.AllTypes[condition] is { } conditional && (conditional.Equals(type) || (conditional is IAbstractGraphType abstractType && abstractType.IsPossibleType(type)));

    /// <summary>GraphQL.NET's <c>ShouldIncludeNode</c>: <c>@skip(if: true)</c> and <c>@include(if: false)</c> leave a node out.</summary>
    private bool Included<TNode>(TNode node)
        where TNode : ASTNode, IHasDirectivesNode
    {
        if (node.Directives is null || !conditional || directives is null || !directives.TryGetValue(node, out var values))
        {
            return true;
        }

        return !(values.TryGetValue(schema.Directives.Skip.Name, out var skip) && (bool)skip.Arguments["if"].Value!)
            && !(values.TryGetValue(schema.Directives.Include.Name, out var include) && !(bool)include.Arguments["if"].Value!);
    }

    /// <summary>Whether any selection or fragment of the document carries a directive (then the fields collected depend on the request).</summary>
    private static bool HasConditions(GraphQLDocument document)
    {
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    pending.Push(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment when fragment.Directives is not null:
                    return true;
                case GraphQLFragmentDefinition fragment:
                    pending.Push(fragment.SelectionSet);
                    break;
            }
        }

        while (pending.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                if (selection is IHasDirectivesNode { Directives: not null })
                {
                    return true;
                }

                if (selection is IHasSelectionSetNode { SelectionSet: { } below })
                {
                    pending.Push(below);
                }
            }
        }

        return false;
    }
}
