using GraphQLParser.AST;

namespace DockingGraph.Execution.Limits;

/// <summary>
/// What a parsed document asks for, counted once over its text: operations, variables, aliases,
/// directives, the widest selection set, and, with every fragment spread, the fields its largest
/// operation would execute, the deepest nesting of fields an operation reaches (what
/// <c>GraphQL:MaxDepth</c> bounds) and the deepest nesting of selection sets any definition
/// reaches (fields, inline fragments and spreads: what recursive walkers of the document recurse
/// on). A fragment's figures are computed once and reused wherever it is spread (never expanded:
/// ten fragments that each spread the previous one ten times describe ten billion fields in four
/// hundred bytes), without recursion, and the sums saturate instead of overflowing. A spread of an
/// unknown fragment, or one that closes a cycle, is named (the document stage refuses it) and adds
/// nothing.
/// </summary>
internal sealed class DocumentMeasure
{
    private readonly Dictionary<string, Definition> fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Totals> totals = new(StringComparer.Ordinal);

    private DocumentMeasure()
    {
    }

    public int Operations { get; private set; }

    public int Variables { get; private set; }

    public int Aliases { get; private set; }

    public int Directives { get; private set; }

    public int WidestSelectionSet { get; private set; }

    public long ExecutedFields { get; private set; }

    /// <summary>The most fields nested in one another along a path of an operation, fragments spread (<c>{ a { b } }</c> is 2).</summary>
    public long FieldDepth { get; private set; }

    /// <summary>The most selection sets nested in one another in any definition, fragments spread (<c>{ a { ... on T { ...F } } }</c> with <c>F</c> one level is 4).</summary>
    public long Nesting { get; private set; }

    /// <summary>A fragment spread somewhere and defined nowhere.</summary>
    public string? UnknownFragment { get; private set; }

    /// <summary>A fragment that spreads itself, directly or through others.</summary>
    public string? CyclicFragment { get; private set; }

    public static DocumentMeasure Of(GraphQLDocument document)
    {
        var measure = new DocumentMeasure();
        var operations = new List<Definition>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    measure.Operations++;
                    measure.Variables += operation.Variables?.Items.Count ?? 0;
                    measure.Directives += (operation.Directives?.Items.Count ?? 0) + (operation.Variables?.Items.Sum(v => v.Directives?.Items.Count ?? 0) ?? 0);
                    operations.Add(measure.Walk(operation.SelectionSet));
                    break;
                case GraphQLFragmentDefinition fragment:
                    measure.Directives += fragment.Directives?.Items.Count ?? 0;
                    measure.fragments.TryAdd(fragment.FragmentName.Name.StringValue, measure.Walk(fragment.SelectionSet));
                    break;
            }
        }

        // Every fragment, spread or not: the validation's own walks start from each of them.
        foreach (var name in measure.fragments.Keys)
        {
            measure.Nesting = Math.Max(measure.Nesting, measure.TotalsOf(name).Nesting);
        }

        foreach (var operation in operations)
        {
            var spread = measure.WithSpreads(operation);
            measure.ExecutedFields = Math.Max(measure.ExecutedFields, spread.Fields);
            measure.FieldDepth = Math.Max(measure.FieldDepth, spread.FieldDepth);
            measure.Nesting = Math.Max(measure.Nesting, spread.Nesting);
        }

        return measure;
    }

    /// <summary>The fields of a selection set and everything nested in it, how deep they nest, and the fragments spread anywhere in it with the depth they are spread at.</summary>
    private Definition Walk(GraphQLSelectionSet selectionSet)
    {
        var definition = new Definition();
        var pending = new Stack<(GraphQLSelectionSet Selections, long FieldDepth, long Nesting)>();
        pending.Push((selectionSet, 0, 1));
        while (pending.TryPop(out var item))
        {
            var (selections, fieldDepth, nesting) = item;
            WidestSelectionSet = Math.Max(WidestSelectionSet, selections.Selections.Count);
            definition.Nesting = Math.Max(definition.Nesting, nesting);
            foreach (var selection in selections.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        definition.Fields++;
                        definition.FieldDepth = Math.Max(definition.FieldDepth, fieldDepth + 1);
                        Aliases += field.Alias is null ? 0 : 1;
                        Directives += field.Directives?.Items.Count ?? 0;
                        if (field.SelectionSet is { } nested)
                        {
                            pending.Push((nested, fieldDepth + 1, nesting + 1));
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        Directives += inline.Directives?.Items.Count ?? 0;
                        pending.Push((inline.SelectionSet, fieldDepth, nesting + 1));
                        break;
                    case GraphQLFragmentSpread spread:
                        Directives += spread.Directives?.Items.Count ?? 0;
                        definition.Spreads.Add(new Spread(spread.FragmentName.Name.StringValue, fieldDepth, nesting));
                        break;
                }
            }
        }

        return definition;
    }

    /// <summary>A fragment's figures with its spreads spread, each fragment computed once (post-order, without recursion).</summary>
    private Totals TotalsOf(string root)
    {
        var entered = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Name, bool SpreadsDone)>();
        pending.Push((root, false));
        while (pending.TryPop(out var item))
        {
            if (totals.ContainsKey(item.Name))
            {
                continue;
            }

            if (!fragments.TryGetValue(item.Name, out var fragment))
            {
                UnknownFragment ??= item.Name;
                totals[item.Name] = Totals.None;
                continue;
            }

            if (item.SpreadsDone)
            {
                totals[item.Name] = WithSpreads(fragment);
                continue;
            }

            if (!entered.Add(item.Name))
            {
                // Entered and not done: its done marker is below, with only its own spreads above it.
                continue;
            }

            pending.Push((item.Name, true));
            foreach (var spread in fragment.Spreads.Where(s => !totals.ContainsKey(s.Fragment)))
            {
                // One not done by now is being computed: an ancestor on the path, so a cycle.
                if (entered.Contains(spread.Fragment))
                {
                    CyclicFragment ??= spread.Fragment;
                }
                else
                {
                    pending.Push((spread.Fragment, false));
                }
            }
        }

        return totals[root];
    }

    /// <summary>A definition's figures with the figures of the fragments it spreads (each computed already; an unknown one or a cycle's adds nothing).</summary>
    private Totals WithSpreads(Definition definition)
    {
        var fields = definition.Fields;
        var fieldDepth = definition.FieldDepth;
        var nesting = definition.Nesting;
        foreach (var spread in definition.Spreads)
        {
            if (!fragments.ContainsKey(spread.Fragment))
            {
                UnknownFragment ??= spread.Fragment;
            }

            var spreadTotals = totals.GetValueOrDefault(spread.Fragment, Totals.None);
            fields = Add(fields, spreadTotals.Fields);
            fieldDepth = Math.Max(fieldDepth, Add(spread.FieldDepth, spreadTotals.FieldDepth));
            nesting = Math.Max(nesting, Add(spread.Nesting, spreadTotals.Nesting));
        }

        return new Totals(fields, fieldDepth, nesting);
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    /// <param name="FieldDepth">The fields around the spread.</param>
    /// <param name="Nesting">The selection sets around the spread, its own included.</param>
    private sealed record Spread(string Fragment, long FieldDepth, long Nesting);

    private sealed record Totals(long Fields, long FieldDepth, long Nesting)
    {
        public static readonly Totals None = new(0, 0, 0);
    }

    private sealed class Definition
    {
        public long Fields { get; set; }

        public long FieldDepth { get; set; }

        public long Nesting { get; set; }

        public List<Spread> Spreads { get; } = [];
    }
}
