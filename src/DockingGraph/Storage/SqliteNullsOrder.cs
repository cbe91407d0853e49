using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Microsoft.EntityFrameworkCore.Sqlite.Query.Internal;

namespace DockingGraph.Storage;

/// <summary>
/// SQLite's SQL as EF Core writes it, with nulls ordered as PostgreSQL orders them: every
/// <c>ORDER BY</c> key that can be null says <c>NULLS LAST</c> ascending and <c>NULLS FIRST</c>
/// descending (SQLite 3.30 and later), so both stores give one order and a page sorted by an
/// indexed column (<c>docking</c>) is served by its index. SQLite by itself sorts nulls first
/// ascending; sorting by a <c>CASE</c> on null instead keeps it from any index. EF Core's SQLite
/// provider has no option for this, so its generator is extended: the smallest piece over its
/// internal SQL generator (hence EF1001), registered in <see cref="DockingStore"/>.
/// </summary>
#pragma warning disable EF1001 // EF Core's SQLite generator is internal API; this adds one clause to its orderings.
internal sealed class SqliteNullsOrder(QuerySqlGeneratorDependencies dependencies) : SqliteQuerySqlGenerator(dependencies)
{
    protected override Expression VisitOrdering(OrderingExpression orderingExpression)
    {
        var visited = base.VisitOrdering(orderingExpression);

        // A constant or a parameter is written as (SELECT 1); a column that cannot be null has no nulls to place.
        if (orderingExpression.Expression is not (SqlConstantExpression or SqlParameterExpression or ColumnExpression { IsNullable: false }))
        {
            Sql.Append(orderingExpression.IsAscending ? " NULLS LAST" : " NULLS FIRST");
        }

        return visited;
    }

    /// <summary>Makes the generator for each query EF Core translates on SQLite.</summary>
    internal sealed class Factory(QuerySqlGeneratorDependencies dependencies) : IQuerySqlGeneratorFactory
    {
        public QuerySqlGenerator Create() => new SqliteNullsOrder(dependencies);
    }
}
#pragma warning restore EF1001
