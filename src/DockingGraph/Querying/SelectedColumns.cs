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
/// (<see cref="FieldReads"/>), plus the key. A batch keeps its records for the rest of the request,
/// so one record asked for with different fields in two places must never come back half-filled:
/// taking the union over the whole operation, not per selection, is what rules that out.
/// <c>@skip</c> and <c>@include</c> are not evaluated: a skipped field only widens the union.
/// Worked out once per parsed operation (a cached document's operation is the same object on every
/// request) and kept with it.
/// </summary>
public sealed class SelectedColumns
{
    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, SelectedColumns> Known = [];

    // A record type's properties, or null where some field read the whole record.
    private readonly Dictionary<Type, HashSet<string>?> columns;
    private readonly ConcurrentDictionary<(Type Record, string Also), LambdaExpression?> projections = new();

    private SelectedColumns(Dictionary<Type, HashSet<string>?> columns) => this.columns = columns;

    public static SelectedColumns Of(IResolveFieldContext context)
    {
        if (!Known.TryGetValue(context.Operation, out var selected))
        {
            selected = new SelectedColumns(new SelectionWalk(context.Schema, context.Document).Operation(context.Operation));
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
        projections.GetOrAdd((type.ClrType, string.Join(',', also)), _ => Make(type, also));

    private LambdaExpression? Make(IEntityType type, IReadOnlyList<string> also)
    {
        if (!columns.TryGetValue(type.ClrType, out var selected) || selected is null)
        {
            // A type the walk did not meet is read whole: never less than a resolver might need.
            return null;
        }

        var wanted = new HashSet<string>(selected, StringComparer.Ordinal);
        wanted.UnionWith(also);
        wanted.UnionWith(type.FindPrimaryKey()!.Properties.Select(p => p.Name));
        var properties = type.GetProperties().Where(p => p.PropertyInfo is { CanWrite: true }).ToList();
        var read = properties.Where(p => wanted.Contains(p.Name)).ToList();
        if (read.Count == properties.Count)
        {
            return null;
        }

        var record = Expression.Parameter(type.ClrType, "record");
        return Expression.Lambda(
            Expression.MemberInit(
                Expression.New(type.ClrType),
                read.Select(p => Expression.Bind(p.PropertyInfo!, Expression.Property(record, p.PropertyInfo!)))),
            record);
    }

    /// <summary>The projection for the batch loaders (records by key, list items, children).</summary>
    public sealed class ForLoaders : IRecordProjection
    {
        public LambdaExpression? Columns(IResolveFieldContext context, IEntityType type) => SelectedColumns.Of(context).Projection(type, []);
    }

    /// <summary>
    /// One walk over an operation's selections, with the schema's types: each selection set is
    /// visited once per object type it applies to, so fragments spread many times cost nothing more.
    /// </summary>
    private sealed class SelectionWalk(ISchema schema, GraphQLDocument document)
    {
        private readonly Dictionary<Type, HashSet<string>?> columns = [];
        private readonly HashSet<(GraphQLSelectionSet, IObjectGraphType)> visited = [];
        private readonly Dictionary<string, GraphQLFragmentDefinition> fragments = document.Definitions
            .OfType<GraphQLFragmentDefinition>()
            .GroupBy(f => f.FragmentName.Name.StringValue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        public Dictionary<Type, HashSet<string>?> Operation(GraphQLOperationDefinition operation)
        {
            IObjectGraphType? root = operation.Operation switch
            {
                OperationType.Query => schema.Query,
                OperationType.Mutation => schema.Mutation,
                _ => schema.Subscription,
            };
            if (root is not null)
            {
                Visit(root, operation.SelectionSet);
            }

            return columns;
        }

        private void Visit(IObjectGraphType type, GraphQLSelectionSet selections)
        {
            if (!visited.Add((selections, type)))
            {
                return;
            }

            if (type.GetMetadata<Type?>(FieldReads.RecordKey) is { } record)
            {
                columns.TryAdd(record, []);
            }

            foreach (var selection in selections.Selections)
            {
                switch (selection)
                {
                    case GraphQLField field:
                        VisitField(type, field);
                        break;
                    case GraphQLInlineFragment inline when Applies(type, inline.TypeCondition):
                        Visit(type, inline.SelectionSet);
                        break;
                    case GraphQLFragmentSpread spread
                        when fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment) && Applies(type, fragment.TypeCondition):
                        Visit(type, fragment.SelectionSet);
                        break;
                }
            }
        }

        private void VisitField(IObjectGraphType type, GraphQLField selection)
        {
            // Meta fields (__typename) are not the type's own and read nothing.
            if (type.GetField(selection.Name.Value) is not { } field)
            {
                return;
            }

            if (field.GetMetadata<FieldReads?>(FieldReads.Key) is { } reads)
            {
                Add(reads);
            }

            if (selection.SelectionSet is { } selections && field.ResolvedType?.GetNamedType() is { } target)
            {
                foreach (var objectType in ObjectTypes(target))
                {
                    Visit(objectType, selections);
                }
            }
        }

        private void Add(FieldReads reads)
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
}
