using System.Linq.Expressions;

namespace DockingGraph.Querying;

/// <summary>
/// The ORDER BY of a sort order: each key by its value, so that an index on it serves the order.
/// Nulls sort as PostgreSQL sorts them on every store (last in ascending order, first in
/// descending): PostgreSQL does that itself, and SQLite's SQL says so (<see cref="Storage.SqliteNullsOrder"/>).
/// </summary>
internal static class OrderByClause
{
    /// <summary>The order applied to a query or to a navigation (<paramref name="queryable"/> picks <see cref="Queryable"/> or <see cref="Enumerable"/>).</summary>
    public static Expression Apply<T>(IReadOnlyList<SortKey> keys, Expression source, bool queryable, bool reverse)
    {
        var first = true;
        foreach (var key in keys)
        {
            var part = key.Comparable();
            var method = (first ? "OrderBy" : "ThenBy") + (key.Descending ^ reverse ? "Descending" : "");
            source = LinqMethods.Call(queryable ? typeof(Queryable) : typeof(Enumerable), method, [typeof(T), part.ReturnType], source, queryable ? Expression.Quote(part) : part);
            first = false;
        }

        return source;
    }
}
