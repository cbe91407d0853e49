using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace DockingGraph.Querying;

/// <summary>
/// An operation's selections with the schema's types, made once per parsed operation (a cached
/// document's operation is the same object on every request) by one walk without recursion, and
/// kept with it: a node for each selection set in each place it counts differently (its type, and
/// the field whose selection it is), its fields with their definitions, and the fragments spread or
/// inlined in it as edges to their own nodes. A fragment spread many times is one node, never
/// expanded again, so what a request asks for (its cost, its depth, the items along a path) is
/// worked out per request over the nodes, with the request's variables, in time linear in the
/// document's size, however its fragments multiply its fields.
/// </summary>
internal sealed class SelectionGraph
{
    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, SelectionGraph> Known = [];

    private SelectionGraph(SelectionNode root, IReadOnlyList<SelectionNode> nodes)
    {
        Root = root;
        Nodes = nodes;
    }

    /// <summary>The operation's own selection set, on its root type.</summary>
    public SelectionNode Root { get; }

    /// <summary>Every node, each after every node it reaches: the order to work out a figure bottom-up in one pass.</summary>
    public IReadOnlyList<SelectionNode> Nodes { get; }

    /// <summary>The graph of the operation under validation (null when the schema has no root type for it).</summary>
    public static SelectionGraph? Of(ValidationContext context) => Of(context.Schema, context.Document, context.Operation);

    /// <summary>The graph of <paramref name="operation"/> (null when the schema has no root type for it).</summary>
    public static SelectionGraph? Of(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        if (Known.TryGetValue(operation, out var known))
        {
            return known;
        }

        var root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        if (root is null)
        {
            return null;
        }

        var graph = new Builder(schema, document, operation).Build(root);
        Known.TryAdd(operation, graph);
        return graph;
    }

    /// <summary>
    /// A figure of every node, bottom-up: <paramref name="combine"/> gets a node and the figure
    /// of each node it reaches (already worked out; a node reached again on its own path, a cycle
    /// validation refuses, counts as <paramref name="none"/>).
    /// </summary>
    public T[] Evaluate<T>(Func<SelectionNode, Func<SelectionNode, T>, T> combine, T none)
    {
        var figures = new T[Nodes.Count];
        var done = new bool[Nodes.Count];
        T FigureOf(SelectionNode below) => done[below.Index] ? figures[below.Index] : none;
        Func<SelectionNode, T> figureOf = FigureOf;
        foreach (var node in Nodes)
        {
            figures[node.Index] = combine(node, figureOf);
            done[node.Index] = true;
        }

        return figures;
    }

    /// <summary>
    /// The properties the operation reads of each record type, or null for a type some field reads
    /// whole (<see cref="FieldReads"/>): every field of every node, as each object type the node
    /// stands for has it; a record type selected without a column of its own reads its key alone.
    /// <c>@skip</c> and <c>@include</c> are not evaluated: a skipped field only widens what is read.
    /// </summary>
    public Dictionary<Type, HashSet<string>?> ColumnsByRecord()
    {
        var columns = new Dictionary<Type, HashSet<string>?>();
        foreach (var node in Nodes)
        {
            foreach (var objectType in ObjectTypes(node.Type))
            {
                if (objectType.GetMetadata<Type?>(FieldReads.RecordKey) is { } record)
                {
                    columns.TryAdd(record, []);
                }

                foreach (var item in node.Items)
                {
                    // Meta fields (__typename) are not the type's own and read nothing.
                    if (item is SelectedField field && objectType.GetField(field.Ast.Name.Value)?.GetMetadata<FieldReads?>(FieldReads.Key) is { } reads)
                    {
                        Add(columns, reads);
                    }
                }
            }
        }

        return columns;
    }

    /// <summary>The object types a type stands for: itself, or an abstract type's possible types.</summary>
    public static IEnumerable<IObjectGraphType> ObjectTypes(IGraphType? type) => type switch
    {
        IObjectGraphType objectType => [objectType],
        IAbstractGraphType abstractType => abstractType.PossibleTypes,
        _ => [],
    };

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

    private sealed class Builder(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation)
    {
        private readonly Dictionary<(GraphQLSelectionSet, IGraphType, GraphQLField?), SelectionNode> made = [];
        private readonly List<SelectionNode> nodes = [];
        private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        public SelectionGraph Build(IObjectGraphType root)
        {
            var pending = new Stack<SelectionNode>();
            var first = Node(operation.SelectionSet, root, null, null, pending);
            while (pending.TryPop(out var node))
            {
                Fill(node, pending);
            }

            return new SelectionGraph(first, Ordered(first));
        }

        /// <summary>The node of a selection set in one place, made (and queued to be filled) the first time.</summary>
        private SelectionNode Node(GraphQLSelectionSet selections, IGraphType type, GraphQLField? enclosing, FieldType? enclosingDefinition, Stack<SelectionNode> pending)
        {
            if (!made.TryGetValue((selections, type, enclosing), out var node))
            {
                node = new SelectionNode(made.Count, selections, type, enclosing is null ? null : new SelectedField(enclosing, enclosingDefinition!, null));
                made[(selections, type, enclosing)] = node;
                pending.Push(node);
            }

            return node;
        }

        private void Fill(SelectionNode node, Stack<SelectionNode> pending)
        {
            foreach (var selection in node.Selections.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field when Definition(node.Type, field) is { } definition:
                        var below = field.SelectionSet is { } nested && definition.ResolvedType?.GetNamedType() is { } fieldType
                            ? Node(nested, fieldType, field, definition, pending)
                            : null;
                        node.Items.Add(new SelectedField(field, definition, below));
                        break;
                    case GraphQLInlineFragment inline:
                        var inlineType = inline.TypeCondition is { } condition ? schema.AllTypes[condition.Type.Name.StringValue] ?? node.Type : node.Type;
                        node.Items.Add(new SpreadFragment(inline, Node(inline.SelectionSet, inlineType, node.Enclosing?.Ast, node.Enclosing?.Definition, pending)));
                        break;

                    // An unknown fragment is validation's to report, and adds nothing.
                    case GraphQLFragmentSpread spread when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment):
                        var fragmentType = schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue] ?? node.Type;
                        node.Items.Add(new SpreadFragment(spread, Node(fragment.SelectionSet, fragmentType, node.Enclosing?.Ast, node.Enclosing?.Definition, pending)));
                        break;
                }
            }
        }

        /// <summary>GraphQL.NET's own choice of a field's definition: the meta fields, then the type's; null for a field validation refuses.</summary>
        private FieldType? Definition(IGraphType type, GraphQLField field)
        {
            var name = field.Name.StringValue;
            return name switch
            {
                "__typename" => schema.TypeNameMetaFieldType,
                "__schema" when type == schema.Query => schema.SchemaMetaFieldType,
                "__type" when type == schema.Query => schema.TypeMetaFieldType,
                _ => (type as IComplexGraphType)?.GetField(name),
            };
        }

        /// <summary>The nodes reached from the root, each after the nodes it reaches (a node on its own path, a cycle, is not waited for).</summary>
        private static List<SelectionNode> Ordered(SelectionNode root)
        {
            var ordered = new List<SelectionNode>();
            var state = new Dictionary<SelectionNode, bool>();
            var pending = new Stack<(SelectionNode Node, bool Expanded)>();
            pending.Push((root, false));
            while (pending.TryPop(out var item))
            {
                if (item.Expanded)
                {
                    state[item.Node] = true;
                    ordered.Add(item.Node);
                    continue;
                }

                if (!state.TryAdd(item.Node, false))
                {
                    continue;
                }

                pending.Push((item.Node, true));
                foreach (var below in item.Node.Below())
                {
                    if (!state.ContainsKey(below))
                    {
                        pending.Push((below, false));
                    }
                }
            }

            return ordered;
        }
    }
}

/// <summary>A selection set in one place: on <see cref="Type"/>, as the selection of <see cref="Enclosing"/> (null at the root).</summary>
internal sealed class SelectionNode(int index, GraphQLSelectionSet selections, IGraphType type, SelectedField? enclosing)
{
    public int Index => index;

    public GraphQLSelectionSet Selections => selections;

    /// <summary>The type its fields are selected on (a fragment's type condition, for a fragment).</summary>
    public IGraphType Type => type;

    /// <summary>The field whose selection this is, fragments in it included.</summary>
    public SelectedField? Enclosing => enclosing;

    /// <summary>Its fields the schema knows and its fragments, spread and inline, in document order.</summary>
    public List<NodeItem> Items { get; } = [];

    /// <summary>The nodes it reaches directly: its fields' selections and its fragments.</summary>
    public IEnumerable<SelectionNode> Below() => Items.Select(item => item.Below).OfType<SelectionNode>();
}

/// <summary>What a selection set holds: a field or a fragment, with the node it leads to.</summary>
/// <param name="Selection">The field, spread or inline fragment in the document (whose directives decide whether it counts).</param>
/// <param name="Below">The node of its selection: a field's (null for a leaf), a fragment's.</param>
internal abstract record NodeItem(ASTNode Selection, SelectionNode? Below);

/// <summary>A field of a selection set, with its definition.</summary>
internal sealed record SelectedField(GraphQLField Ast, FieldType Definition, SelectionNode? Below) : NodeItem(Ast, Below)
{
    /// <summary>Its arguments as the request runs them (coerced, variables and defaults applied); null when it has none.</summary>
    public IDictionary<string, ArgumentValue>? ArgumentsIn(ValidationContext context) =>
        context.ArgumentValues is { } values && values.TryGetValue(Ast, out var arguments) ? arguments : null;
}

/// <summary>A fragment spread or inlined in a selection set.</summary>
internal sealed record SpreadFragment(ASTNode Fragment, SelectionNode Node) : NodeItem(Fragment, Node);
