using GraphQLParser.AST;

namespace DockingGraph.Execution.Limits;

/// <summary>
/// What a parsed document asks for, counted once over its text: operations, variables, aliases,
/// directives, the widest selection set, and the fields its largest operation would execute with
/// every fragment expanded. A fragment's size is computed once and reused wherever it is spread
/// (never expanded: ten fragments that each spread the previous one ten times describe ten
/// billion fields in four hundred bytes), and the sums saturate instead of overflowing.
/// </summary>
internal sealed class DocumentMeasure
{
    private readonly Dictionary<string, Definition> fragments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> sizes = new(StringComparer.Ordinal);

    private DocumentMeasure()
    {
    }

    public int Operations { get; private set; }

    public int Variables { get; private set; }

    public int Aliases { get; private set; }

    public int Directives { get; private set; }

    public int WidestSelectionSet { get; private set; }

    public long ExecutedFields { get; private set; }

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

        foreach (var operation in operations)
        {
            measure.ExecutedFields = Math.Max(measure.ExecutedFields, operation.Spreads.Aggregate(operation.Fields, (total, spread) => Add(total, measure.Size(spread))));
        }

        return measure;
    }

    /// <summary>The fields of a selection set and everything nested in it, and the fragments spread anywhere in it.</summary>
    private Definition Walk(GraphQLSelectionSet selectionSet)
    {
        var definition = new Definition();
        var pending = new Stack<GraphQLSelectionSet>();
        pending.Push(selectionSet);
        while (pending.TryPop(out var selections))
        {
            WidestSelectionSet = Math.Max(WidestSelectionSet, selections.Selections.Count);
            foreach (var selection in selections.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        definition.Fields++;
                        Aliases += field.Alias is null ? 0 : 1;
                        Directives += field.Directives?.Items.Count ?? 0;
                        if (field.SelectionSet is { } nested)
                        {
                            pending.Push(nested);
                        }

                        break;
                    case GraphQLInlineFragment inline:
                        Directives += inline.Directives?.Items.Count ?? 0;
                        pending.Push(inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread:
                        Directives += spread.Directives?.Items.Count ?? 0;
                        definition.Spreads.Add(spread.FragmentName.Name.StringValue);
                        break;
                }
            }
        }

        return definition;
    }

    /// <summary>A fragment's fields with its spreads expanded, each fragment computed once (post-order, without recursion).</summary>
    private long Size(string root)
    {
        var computing = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<(string Name, bool SpreadsDone)>();
        pending.Push((root, false));
        while (pending.TryPop(out var item))
        {
            if (sizes.ContainsKey(item.Name))
            {
                continue;
            }

            if (!fragments.TryGetValue(item.Name, out var fragment))
            {
                // An unknown fragment: validation reports it.
                sizes[item.Name] = 0;
                continue;
            }

            if (!item.SpreadsDone)
            {
                if (!computing.Add(item.Name))
                {
                    // A cycle: validation reports it; it adds nothing here.
                    continue;
                }

                pending.Push((item.Name, true));
                foreach (var spread in fragment.Spreads.Where(s => !sizes.ContainsKey(s) && !computing.Contains(s)))
                {
                    pending.Push((spread, false));
                }

                continue;
            }

            sizes[item.Name] = fragment.Spreads.Aggregate(fragment.Fields, (total, spread) => Add(total, sizes.GetValueOrDefault(spread)));
        }

        return sizes.GetValueOrDefault(root);
    }

    private static long Add(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;

    private sealed class Definition
    {
        public long Fields { get; set; }

        public List<string> Spreads { get; } = [];
    }
}
