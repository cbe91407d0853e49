using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Graph.Paging;

/// <summary>
/// Pages a query by its records' ids, in the database: one statement for the page (one more row
/// than asked, to know whether another page follows), and a COUNT only when <c>totalCount</c> is read.
/// </summary>
public static class KeysetPaging
{
    public static async Task<Connection<T>> PageAsync<T>(
        IQueryable<T> query,
        Expression<Func<T, int>> id,
        PagingArguments paging,
        Func<CancellationToken, Task<int>> count,
        CancellationToken cancellationToken)
    {
        var getId = id.Compile();
        var window = query;
        if (paging.After is { } after)
        {
            window = window.Where(Compare(id, ExpressionType.GreaterThan, Cursor.DecodeId(after, "after")));
        }

        if (paging.Before is { } before)
        {
            window = window.Where(Compare(id, ExpressionType.LessThan, Cursor.DecodeId(before, "before")));
        }

        var ordered = paging.IsBackward ? window.OrderByDescending(id) : window.OrderBy(id);
        var rows = await ordered.Take(paging.Size + 1).ToListAsync(cancellationToken);
        var hasMore = rows.Count > paging.Size;
        var page = rows.Take(paging.Size).ToList();
        if (paging.IsBackward)
        {
            page.Reverse();
        }

        var edges = page.Select(node => new Edge<T>(Cursor.Encode(getId(node)), node)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: paging.IsBackward ? paging.Before is not null : hasMore,
            HasPreviousPage: paging.IsBackward ? hasMore : paging.After is not null,
            StartCursor: edges.FirstOrDefault()?.Cursor,
            EndCursor: edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, pageInfo, count);
    }

    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, int>> id, ExpressionType comparison, int value)
    {
        Expression<Func<int>> boundary = () => value;
        return Expression.Lambda<Func<T, bool>>(Expression.MakeBinary(comparison, id.Body, boundary.Body), id.Parameters);
    }
}
