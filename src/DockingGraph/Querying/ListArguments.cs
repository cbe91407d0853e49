using System.Linq.Expressions;
using System.Text.Json;
using GraphQL;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace DockingGraph.Querying;

/// <summary>Reads a list field's <c>where</c>, <c>order</c>, <c>search</c> and paging arguments into one <see cref="ListQuery{T}"/>.</summary>
public static class ListArguments
{
    /// <param name="joinReferences">
    /// Whether the page joins in the to-one records its nodes' selection reaches
    /// (<see cref="SelectedColumns.Page"/>). A root page does; a list under a record does not: its
    /// rows are numbered per parent, and joining after that cut needs a lateral join, which SQLite
    /// does not have.
    /// </param>
    public static ListQuery<T> Read<T>(IResolveFieldContext context, IEntityType type, SearchFields<T>? search, bool joinReferences)
        where T : class
    {
        var paging = PagingArguments.From(context);
        var where = Argument(context, "where");
        var order = Argument(context, "order");
        var text = Argument(context, "search") as string;
        var filter = And(
            where is IDictionary<string, object?> filterInput ? FilterTranslator.ToPredicate<T>(type, filterInput) : null,
            search?.Predicate(text));
        // Cursors are written only for a selection that can return them.
        var cursors = context.SubFields?.Values.Any(f => f.Field.Name.StringValue is "edges" or "pageInfo") ?? true;
        var sortOrder = SortOrder.From<T>(type, order);
        var signature = JsonSerializer.Serialize(new { where, order = sortOrder.Signature, search = text, paging, cursors });
        // Cursors are written from the records' own sort columns, unless the order reads relations (then the database reads every key).
        var also = cursors && !sortOrder.ReadsRelations ? sortOrder.Columns : [];
        var selected = SelectedColumns.Of(context);
        var projection = joinReferences ? selected.Page(context.FieldAst, context.FieldDefinition.ResolvedType!, type, also) : selected.Projection(type, also);
        return new ListQuery<T>(filter, sortOrder, paging, signature, cursors, (Expression<Func<T, T>>?)projection);
    }

    private static object? Argument(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var argument) ? argument.Value : null;

    private static Expression<Func<T, bool>>? And<T>(Expression<Func<T, bool>>? first, Expression<Func<T, bool>>? second)
    {
        if (first is null || second is null)
        {
            return first ?? second;
        }

        var body = Expression.AndAlso(first.Body, ReplacingExpressionVisitor.Replace(second.Parameters[0], first.Parameters[0], second.Body));
        return Expression.Lambda<Func<T, bool>>(body, first.Parameters);
    }
}
