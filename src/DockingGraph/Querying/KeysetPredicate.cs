using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace DockingGraph.Querying;

/// <summary>The records after a cursor's key values in a sort order: the keyset predicate, in the same order as <see cref="OrderByClause"/> sorts.</summary>
internal static class KeysetPredicate
{
    /// <summary>The records after <paramref name="values"/> in the order of <paramref name="keys"/> (before them when <paramref name="reverse"/>).</summary>
    public static Expression<Func<T, bool>> After<T>(IReadOnlyList<SortKey> keys, object?[] values, bool reverse)
    {
        var record = Expression.Parameter(typeof(T), "record");
        var parts = keys.SelectMany((key, i) => Comparisons(key, record, values[i], key.Descending ^ reverse)).ToList();
        Expression? after = null;
        for (var j = parts.Count - 1; j >= 0; j--)
        {
            // after = greater_j OR (equal_j AND after_{j+1})
            var tail = after is null ? parts[j].Greater : Expression.OrElse(parts[j].Greater, Expression.AndAlso(parts[j].Equal, after));
            after = tail;
        }

        return Expression.Lambda<Func<T, bool>>(after ?? Expression.Constant(false), record);
    }

    /// <summary>For each part of the key's sort: a record is equal to the cursor's value, or comes after it in the given direction.</summary>
    private static IEnumerable<(Expression Equal, Expression Greater)> Comparisons(SortKey key, ParameterExpression record, object? cursorValue, bool descending)
    {
        var selector = key.Selector;
        var value = ReplacingExpressionVisitor.Replace(selector.Parameters[0], record, selector.Body);
        if (key.IsNullable)
        {
            var isNull = Expression.Equal(value, Expression.Constant(null, key.ValueType));
            var isNotNull = Expression.Not(isNull);

            // The null part sorts 0 (has a value) before 1 (null) ascending.
            yield return cursorValue is null
                ? (isNull, descending ? isNotNull : Expression.Constant(false))
                : (isNotNull, descending ? Expression.Constant(false) : isNull);
            if (cursorValue is null)
            {
                yield return (Expression.Constant(true), Expression.Constant(false));
                yield break;
            }
        }

        var comparable = ReplacingExpressionVisitor.Replace(selector.Parameters[0], record, key.Comparable().Body);
        var boundary = Boundary(cursorValue, comparable.Type);
        if (comparable.Type == typeof(string))
        {
            var compared = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, comparable, boundary);
            yield return (Expression.Equal(comparable, boundary), descending ? Expression.LessThan(compared, Expression.Constant(0)) : Expression.GreaterThan(compared, Expression.Constant(0)));
        }
        else
        {
            yield return (Expression.Equal(comparable, boundary), descending ? Expression.LessThan(comparable, boundary) : Expression.GreaterThan(comparable, boundary));
        }
    }

    private static Expression Boundary(object? value, Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var converted = value is bool flag ? (flag ? 1 : 0) : value;
        return Expression.Convert(Expression.Convert(QueryParameter.Of(converted), underlying), type);
    }
}
