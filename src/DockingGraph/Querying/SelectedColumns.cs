using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using DockingGraph.Batching;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DockingGraph.Querying;

/// <summary>
/// The columns an operation reads of each record type: the union, over every place the type is
/// selected (fragments and union members included), of what its selected fields read
/// (<see cref="FieldReads"/>, read off the operation's <see cref="SelectionGraph"/>), plus the key. A batch keeps its records for the rest of the request,
/// so one record asked for with different fields in two places must never come back half-filled:
/// taking the union over the whole operation, not per selection, is what rules that out. Worked
/// out once per parsed operation (a cached document's operation is the same object on every
/// request) and kept with it, with the projections made from it.
/// </summary>
public sealed class SelectedColumns
{
    /// <summary>
    /// The default of <see cref="MaxJoinedRecords"/>. SQLite refuses more than 64 tables in a join,
    /// and PostgreSQL plans a wide join slowly; the nested page joins 12.
    /// </summary>
    public const int DefaultMaxJoinedRecords = 24;

    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, SelectedColumns> Known = [];

    private readonly OperationSelection selection;

    // A record type's properties, or null where some field reads the whole record.
    private readonly Dictionary<Type, HashSet<string>?> columns;
    private readonly ConcurrentDictionary<(Type Record, string Also), LambdaExpression?> flat = new();
    private readonly ConcurrentDictionary<(GraphQLField List, Type Record, string Also), LambdaExpression?> pages = new();
    private readonly ConcurrentDictionary<(string Field, Type Record), LambdaExpression?> roots = new();

    /// <summary>The most records one statement joins in (set at start from <c>GraphQL:MaxJoinedRecords</c>).</summary>
    public static int MaxJoinedRecords { get; set; } = DefaultMaxJoinedRecords;

    private SelectedColumns(OperationSelection selection, Dictionary<Type, HashSet<string>?> columns)
    {
        this.selection = selection;
        this.columns = columns;
    }

    public static SelectedColumns Of(IResolveFieldContext context)
    {
        if (!Known.TryGetValue(context.Operation, out var selected))
        {
            selected = new SelectedColumns(
                new OperationSelection(context.Schema, context.Document, context.Operation),
                SelectionGraph.Of(context.Schema, context.Document, context.Operation)?.ColumnsByRecord() ?? []);
            Known.TryAdd(context.Operation, selected);
        }

        return selected;
    }

    /// <summary>
    /// <c>record => new T { ... }</c> over the columns selected of <paramref name="type"/>, its key
    /// and <paramref name="also"/> (a list's sort columns, which its cursors read); null when that
    /// is every column, or when some field of the type reads the whole record.
    /// </summary>
    public LambdaExpression? Projection(IEntityType type, IReadOnlyList<string> also) =>
        flat.GetOrAdd((type.ClrType, string.Join(',', also)), _ => Flat(type, also));

    /// <summary>
    /// The projection of a list's nodes (<paramref name="list"/> is the list field): as
    /// <see cref="Projection"/>, with the to-one records that the nodes' selection reaches through
    /// references (an event's location and its station, its chaser's spacecraft and configuration)
    /// joined into the same statement, each with the columns the operation reads of its type. A
    /// reference that finds its record on its source takes it instead of loading it by key.
    /// </summary>
    /// <param name="connection">The list field's type, a connection (<see cref="ConnectionTypes"/>).</param>
    public LambdaExpression? Page(GraphQLField list, IGraphType connection, IEntityType type, IReadOnlyList<string> also) =>
        pages.GetOrAdd((list, type.ClrType, string.Join(',', also)), _ => JoinedOrFlat(type, [.. NodeSelections(list, connection)], also));

    /// <summary>
    /// The projection of the records a root field finds by id (<c>dockingEvent(id:)</c>): their
    /// to-one chain joined in as for a page, over the selections of every root field of that name
    /// in the operation, so that aliased lookups still share one batch and one statement.
    /// </summary>
    public LambdaExpression? Root(string field, IEntityType type) =>
        roots.GetOrAdd((field, type.ClrType), _ => JoinedOrFlat(type, [.. selection.RootFields(field).Select(f => f.SelectionSet).OfType<GraphQLSelectionSet>()], []));

    /// <summary>
    /// As <see cref="Root"/>, for a field that finds its record by key one level below the root
    /// (<c>Subscription.dockingEventChanged</c>'s <c>dockingEvent</c>): over the selections of every field
    /// of that name on <paramref name="parent"/> there.
    /// </summary>
    public LambdaExpression? BelowRoot(IObjectGraphType parent, string field, IEntityType type) =>
        roots.GetOrAdd(($"{parent.Name}.{field}", type.ClrType), _ => JoinedOrFlat(type, [.. selection.FieldsBelowRoot(parent, field).Select(f => f.SelectionSet).OfType<GraphQLSelectionSet>()], []));

    /// <summary><c>record => new T { ..., joined references }</c> over <paramref name="selections"/>, or the flat projection when they reach no reference.</summary>
    private LambdaExpression? JoinedOrFlat(IEntityType type, IReadOnlyList<GraphQLSelectionSet> selections, IReadOnlyList<string> also)
    {
        var record = Expression.Parameter(type.ClrType, "record");
        return Joined(type, record, selections, also) is { } body ? Expression.Lambda(body, record) : Projection(type, also);
    }

    /// <summary>The selection of a list's nodes: under the connection's field of its nodes (<c>nodes</c>), and under the node of its edges (<c>edges { node }</c>), known by their types.</summary>
    private static IEnumerable<GraphQLSelectionSet> NodeSelections(GraphQLField list, IGraphType connection)
    {
        var connectionType = connection.GetNamedType() as IComplexGraphType;
        var nodeType = ConnectionTypes.NodeTypeOfConnection(connection);

        // Fragments on the connection type itself are not followed: its nodes' references then load by key.
        foreach (var field in Fields(list.SelectionSet))
        {
            var fieldType = connectionType?.GetField(field.Name.StringValue)?.ResolvedType;
            if (fieldType?.GetNamedType().Name == nodeType && field.SelectionSet is { } nodes)
            {
                yield return nodes;
            }
            else if (ConnectionTypes.IsEdge(fieldType) && fieldType!.GetNamedType() is IComplexGraphType edge)
            {
                foreach (var node in Fields(field.SelectionSet).Where(f => edge.GetField(f.Name.StringValue)?.ResolvedType?.GetNamedType().Name == nodeType))
                {
                    if (node.SelectionSet is { } selected)
                    {
                        yield return selected;
                    }
                }
            }
        }
    }

    private static IEnumerable<GraphQLField> Fields(GraphQLSelectionSet? selections) => selections?.Selections.OfType<GraphQLField>() ?? [];

    /// <summary>
    /// <c>new T { columns..., reference = source.Reference == null ? null : new U { ... } }</c> for
    /// the references selected of <paramref name="type"/> in <paramref name="selections"/>, nearest
    /// levels first, at most <see cref="MaxJoinedRecords"/> of them; null when none is (the flat
    /// projection does). References past the bound load by key, as under a nested list.
    /// </summary>
    private MemberInitExpression? Joined(IEntityType type, Expression source, IReadOnlyList<GraphQLSelectionSet> selections, IReadOnlyList<string> also)
    {
        var root = new JoinedRecord(type, selections);
        var budget = MaxJoinedRecords;
        var pending = new Queue<JoinedRecord>([root]);
        while (pending.TryDequeue(out var record))
        {
            foreach (var (navigation, below) in References(record.Type, record.Selections))
            {
                if (budget-- <= 0)
                {
                    break;
                }

                var joined = new JoinedRecord(navigation.TargetEntityType, below);
                record.References.Add((navigation, joined));
                pending.Enqueue(joined);
            }
        }

        return root.References.Count == 0 ? null : Init(root, source, also);
    }

    private MemberInitExpression Init(JoinedRecord record, Expression source, IReadOnlyList<string> also)
    {
        var columns = Columns(record.Type, source, also);
        if (record.References.Count == 0)
        {
            return columns;
        }

        var references = record.References.Select(reference =>
        {
            var value = Expression.Property(source, reference.Navigation.PropertyInfo!);
            var none = Expression.Constant(null, value.Type);
            return Expression.Bind(reference.Navigation.PropertyInfo!, Expression.Condition(Expression.Equal(value, none), none, Init(reference.Record, value, [])));
        });
        return Expression.MemberInit(columns.NewExpression, [.. columns.Bindings, .. references]);
    }

    /// <summary>A record of a statement's projection, with the records joined under it.</summary>
    private sealed record JoinedRecord(IEntityType Type, IReadOnlyList<GraphQLSelectionSet> Selections)
    {
        public List<(INavigation Navigation, JoinedRecord Record)> References { get; } = [];
    }

    /// <summary>The to-one navigations of <paramref name="type"/> that its selected fields can take joined (<see cref="FieldReads.Navigations"/>), each with the selections under it.</summary>
    private List<(INavigation Navigation, List<GraphQLSelectionSet> Below)> References(IEntityType type, IReadOnlyList<GraphQLSelectionSet> selections)
    {
        var found = new List<(INavigation Navigation, List<GraphQLSelectionSet> Below)>();
        if (selection.ObjectTypeOf(type.ClrType) is not { } objectType)
        {
            return found;
        }

        foreach (var field in selection.Fields(objectType, selections))
        {
            if (field.SelectionSet is not { } below
                || objectType.GetField(field.Name.Value)?.GetMetadata<FieldReads?>(FieldReads.Key) is not { Navigations: { } navigations })
            {
                continue;
            }

            foreach (var navigation in navigations.Select(type.FindNavigation).OfType<INavigation>().Where(n => !n.IsCollection))
            {
                var index = found.FindIndex(f => f.Navigation == navigation);
                if (index < 0)
                {
                    found.Add((navigation, [below]));
                }
                else
                {
                    found[index].Below.Add(below);
                }
            }
        }

        return found;
    }

    private LambdaExpression? Flat(IEntityType type, IReadOnlyList<string> also)
    {
        if (!columns.TryGetValue(type.ClrType, out var selected) || selected is null)
        {
            // A type the walk did not meet is read whole: never less than a resolver might need.
            return null;
        }

        var record = Expression.Parameter(type.ClrType, "record");
        var init = Columns(type, record, also);
        return init.Bindings.Count == WritableProperties(type).Count() ? null : Expression.Lambda(init, record);
    }

    /// <summary><c>new T { P = source.P, ... }</c> over the columns the operation reads of <paramref name="type"/>, its key and <paramref name="also"/>; every column when some field reads the whole record.</summary>
    private MemberInitExpression Columns(IEntityType type, Expression source, IReadOnlyList<string> also)
    {
        var properties = WritableProperties(type);
        if (columns.TryGetValue(type.ClrType, out var selected) && selected is not null)
        {
            var wanted = new HashSet<string>(selected, StringComparer.Ordinal);
            wanted.UnionWith(also);
            wanted.UnionWith(type.FindPrimaryKey()!.Properties.Select(p => p.Name));
            properties = properties.Where(p => wanted.Contains(p.Name));
        }

        return Expression.MemberInit(
            Expression.New(type.ClrType),
            properties.Select(p => Expression.Bind(p.PropertyInfo!, Expression.Property(source, p.PropertyInfo!))));
    }

    private static IEnumerable<IProperty> WritableProperties(IEntityType type) => type.GetProperties().Where(p => p.PropertyInfo is { CanWrite: true });

    /// <summary>The projection for the batch loaders (records by key, list items, children).</summary>
    public sealed class ForLoaders : IRecordProjection
    {
        public LambdaExpression? Columns(IResolveFieldContext context, IEntityType type) => SelectedColumns.Of(context).Projection(type, []);

        public LambdaExpression? RootColumns(IResolveFieldContext context, IEntityType type) => context.Parent is null
            ? SelectedColumns.Of(context).Root(context.FieldDefinition.Name, type)
            : SelectedColumns.Of(context).BelowRoot((IObjectGraphType)context.ParentType, context.FieldDefinition.Name, type);
    }
}
