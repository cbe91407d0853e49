using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Graph.Paging;

/// <summary>
/// Pages records by id, in the database: one more row than asked is read, to know whether
/// another page follows. A root list is one statement; the lists of a whole batch of parents
/// (a station's docking events, for every station of a page) are one windowed statement too.
/// </summary>
public static class KeysetPaging
{
    // The Enumerable operators that a per-parent page is built of (EF Core translates them on a navigation).
    private static readonly Func<IEnumerable<object>, Func<object, bool>, IEnumerable<object>> Where = Enumerable.Where;
    private static readonly Func<IEnumerable<object>, Func<object, int>, IOrderedEnumerable<object>> OrderBy = Enumerable.OrderBy;
    private static readonly Func<IEnumerable<object>, Func<object, int>, IOrderedEnumerable<object>> OrderByDescending = Enumerable.OrderByDescending;
    private static readonly Func<IEnumerable<object>, int, IEnumerable<object>> Take = Enumerable.Take;
    private static readonly Func<IEnumerable<object>, List<object>> ToList = Enumerable.ToList;
    private static readonly Func<IEnumerable<object>, int> Count = Enumerable.Count;

    /// <summary>One page of a root list.</summary>
    public static async Task<Connection<T>> PageAsync<T>(
        IQueryable<T> query,
        Expression<Func<T, int>> id,
        PagingArguments paging,
        Func<IResolveFieldContext, IDataLoaderResult> count,
        CancellationToken cancellationToken)
    {
        var window = query;
        foreach (var bound in Bounds(id, paging))
        {
            window = window.Where(bound);
        }

        var ordered = paging.IsBackward ? window.OrderByDescending(id) : window.OrderBy(id);
        var rows = await ordered.Take(paging.Size + 1).ToListAsync(cancellationToken);
        return ToConnection(rows, id.Compile(), paging, count);
    }

    /// <summary>
    /// The page of every parent's list in one statement: <c>parent => related(parent)</c>, bounded
    /// by the cursors, ordered and cut per parent (the database numbers the rows per parent).
    /// </summary>
    public static Expression<Func<TParent, ParentRows<TNode>>> PerParent<TParent, TNode>(
        Expression<Func<TParent, IEnumerable<TNode>>> related,
        Expression<Func<TNode, int>> id,
        PagingArguments paging)
    {
        var parent = related.Parameters[0];
        var nodes = related.Body;
        foreach (var bound in Bounds(id, paging))
        {
            nodes = Expression.Call(Generic(Where, typeof(TNode)), nodes, bound);
        }

        nodes = Expression.Call(Generic(paging.IsBackward ? OrderByDescending : OrderBy, typeof(TNode), typeof(int)), nodes, id);
        nodes = Expression.Call(Generic(Take, typeof(TNode)), nodes, Expression.Constant(paging.Size + 1));
        nodes = Expression.Call(Generic(ToList, typeof(TNode)), nodes);
        var body = Expression.MemberInit(
            Expression.New(typeof(ParentRows<TNode>)),
            Expression.Bind(typeof(ParentRows<TNode>).GetProperty(nameof(ParentRows<TNode>.Parent))!, Expression.Property(parent, "Id")),
            Expression.Bind(typeof(ParentRows<TNode>).GetProperty(nameof(ParentRows<TNode>.Rows))!, nodes));
        return Expression.Lambda<Func<TParent, ParentRows<TNode>>>(body, parent);
    }

    /// <summary>The size of every parent's whole list, in one statement.</summary>
    public static Expression<Func<TParent, ParentCount>> CountPerParent<TParent, TNode>(Expression<Func<TParent, IEnumerable<TNode>>> related)
    {
        var parent = related.Parameters[0];
        var body = Expression.MemberInit(
            Expression.New(typeof(ParentCount)),
            Expression.Bind(typeof(ParentCount).GetProperty(nameof(ParentCount.Parent))!, Expression.Property(parent, "Id")),
            Expression.Bind(typeof(ParentCount).GetProperty(nameof(ParentCount.Count))!, Expression.Call(Generic(Count, typeof(TNode)), related.Body)));
        return Expression.Lambda<Func<TParent, ParentCount>>(body, parent);
    }

    /// <summary>A page from the rows read (up to one more than the page holds).</summary>
    public static Connection<T> ToConnection<T>(IReadOnlyList<T> rows, Func<T, int> id, PagingArguments paging, Func<IResolveFieldContext, IDataLoaderResult> count)
    {
        var hasMore = rows.Count > paging.Size;
        var page = rows.Take(paging.Size).ToList();
        if (paging.IsBackward)
        {
            page.Reverse();
        }

        var edges = page.Select(node => new Edge<T>(Cursor.Encode(id(node)), node)).ToList();
        var pageInfo = new PageInfo(
            HasNextPage: paging.IsBackward ? paging.Before is not null : hasMore,
            HasPreviousPage: paging.IsBackward ? hasMore : paging.After is not null,
            StartCursor: edges.FirstOrDefault()?.Cursor,
            EndCursor: edges.LastOrDefault()?.Cursor);
        return new Connection<T>(edges, pageInfo, count);
    }

    private static IEnumerable<Expression<Func<T, bool>>> Bounds<T>(Expression<Func<T, int>> id, PagingArguments paging)
    {
        if (paging.After is { } after)
        {
            yield return Compare(id, ExpressionType.GreaterThan, Cursor.DecodeId(after, "after"));
        }

        if (paging.Before is { } before)
        {
            yield return Compare(id, ExpressionType.LessThan, Cursor.DecodeId(before, "before"));
        }
    }

    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, int>> id, ExpressionType comparison, int value)
    {
        // A closure, not a constant, so that the database sees a parameter.
        Expression<Func<int>> boundary = () => value;
        return Expression.Lambda<Func<T, bool>>(Expression.MakeBinary(comparison, id.Body, boundary.Body), id.Parameters);
    }

    private static MethodInfo Generic(Delegate method, params Type[] typeArguments) =>
        method.Method.GetGenericMethodDefinition().MakeGenericMethod(typeArguments);
}

/// <summary>The rows of one parent's list.</summary>
public sealed class ParentRows<TNode>
{
    public int Parent { get; set; }

    public List<TNode> Rows { get; set; } = [];
}

/// <summary>The size of one parent's list.</summary>
public sealed class ParentCount
{
    public int Parent { get; set; }

    public int Count { get; set; }
}
