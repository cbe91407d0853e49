using System.Linq.Expressions;

namespace DockingGraph.Querying;

/// <summary>
/// The ORDER BY of a sort order: nulls sort as PostgreSQL sorts them, on every store (last in
/// ascending order, first in descending). PostgreSQL does that itself, so there a key is sorted by
/// its value alone, and an index on it serves the order; SQLite sorts nulls first ascending, so
/// there a key that can be null is sorted first by whether it is null, then by its value.
/// </summary>
internal static class OrderByClause
{
    /// <summary>The order applied to a query or to a navigation (<paramref name="queryable"/> picks <see cref="Queryable"/> or <see cref="Enumerable"/>).</summary>
    /// <param name="storeSortsNulls">The store sorts nulls last ascending and first descending by itself (PostgreSQL).</param>
    public static Expression Apply<T>(IReadOnlyList<SortKey> keys, Expression source, bool queryable, bool reverse, bool storeSortsNulls)
    {
        var first = true;
        foreach (var key in keys)
        {
            var descending = key.Descending ^ reverse;
            foreach (var part in Parts(key, storeSortsNulls))
            {
                var method = (first ? "OrderBy" : "ThenBy") + (descending ? "Descending" : "");
                source = LinqMethods.Call(queryable ? typeof(Queryable) : typeof(Enumerable), method, [typeof(T), part.ReturnType], source, queryable ? Expression.Quote(part) : part);
                first = false;
            }
        }

        return source;
    }

    /// <summary>What the database sorts by: for a key that can be null, first whether it is null (so nulls go last ascending), then the value.</summary>
    private static IEnumerable<LambdaExpression> Parts(SortKey key, bool storeSortsNulls)
    {
        if (key.IsNullable && !storeSortsNulls)
        {
            yield return Expression.Lambda(IsNull(key.Selector.Body), key.Selector.Parameters);
        }

        yield return key.Comparable();
    }

    private static Expression IsNull(Expression value) =>
        Expression.Condition(Expression.Equal(value, Expression.Constant(null, value.Type)), Expression.Constant(1), Expression.Constant(0));
}
