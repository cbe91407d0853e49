using System.Linq.Expressions;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace DockingGraph.Querying;

/// <summary>
/// One list field's arguments, ready for the database: the filter (<c>where</c> and
/// <c>search</c>), the order, and the page. Applied to a root query it is one statement; applied
/// to a navigation for a whole batch of parents it is one windowed statement (the database
/// numbers the rows per parent). One more row than asked is read, to know whether a page follows.
/// </summary>
/// <param name="cursors">Whether the selection asks for cursors (<c>edges</c>, <c>pageInfo</c>); without, none are written, and keys read through relations are not fetched.</param>
/// <param name="projection">The columns the request reads of the records (<see cref="SelectedColumns"/>), or null for whole records.</param>
public sealed class ListQuery<T>(Expression<Func<T, bool>>? filter, SortOrder<T> order, PagingArguments paging, string signature, bool cursors = true, Expression<Func<T, T>>? projection = null)
    where T : class
{
    public Expression<Func<T, bool>>? Filter => filter;

    /// <summary>What makes two loads the same batch: the same arguments.</summary>
    public string Signature => signature;

    /// <summary>The filtered records, counted whole (cursors and page aside).</summary>
    private IQueryable<T> Filtered(IQueryable<T> records) => filter is null ? records : records.Where(filter);

    /// <summary>How many records the filter keeps, on <paramref name="db"/>; a whole list through its compiled count (<see cref="FirstPages"/>).</summary>
    public Task<int> CountAsync(DockingDbContext db, CancellationToken cancellationToken) =>
        filter is null ? FirstPages.Count<T>(db.GetType())(db, cancellationToken) : Filtered(db.Set<T>()).CountAsync(cancellationToken);

    /// <summary>
    /// A root list's page, read on <paramref name="db"/>: a page joining its to-one records as
    /// <see cref="JoinedRows{T}"/>, a first page with no filter through its compiled statement
    /// (<see cref="FirstPages"/>).
    /// </summary>
    public async Task<Connection<T>> PageAsync(DockingDbContext db, Func<IResolveFieldContext, IDataLoaderResult> count, CancellationToken cancellationToken)
    {
        var records = db.Set<T>().AsNoTracking();
        var first = filter is null && paging.After is null && paging.Before is null && paging.Offset == 0;
        List<T>? rows = null;
        if (projection is not null && JoinedRows.Of<T>(db.Model, projection) is { } joined)
        {
            JoinedStatement Write() => joined.Write(db, records.Provider.CreateQuery<T>(Window(Filtered(records).Expression, queryable: true)));
            var statement = first ? FirstPages.Joined<T>(db.GetType(), projection, signature, Write) : Write();
            rows = await joined.ReadAsync(db, statement, paging.Size + 1, cancellationToken);
        }

        if (rows is null && first)
        {
            rows = new List<T>(paging.Size + 1);
            await foreach (var row in FirstPages.For<T>(db.GetType(), projection, signature, Page)(db).WithCancellation(cancellationToken))
            {
                rows.Add(row);
            }
        }

        rows ??= await records.Provider.CreateQuery<T>(Page(Filtered(records).Expression)).ToListAsync(cancellationToken);
        return ToConnection(rows, count, await KeysAsync(records, rows, cancellationToken));
    }

    /// <summary>The page's window over <paramref name="records"/>, in the projection.</summary>
    private Expression Page(Expression records)
    {
        var page = Window(records, queryable: true);
        return projection is null ? page : LinqMethods.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(T), typeof(T)], page, Expression.Quote(projection));
    }

    /// <summary>The sort keys of <paramref name="rows"/> read through relations, or null when the order reads none (the rows carry their keys).</summary>
    public async Task<IReadOnlyDictionary<object, object?[]>?> KeysAsync(IQueryable<T> records, IEnumerable<T> rows, CancellationToken cancellationToken)
    {
        if (!cursors || !order.ReadsRelations)
        {
            return null;
        }

        var ids = rows.Select(order.IdOf).ToList();
        return ids.Count > 0 ? await order.KeysOfAsync(records, ids, cancellationToken) : null;
    }

    /// <summary><c>parent => new ParentRows { Parent = key(parent), Rows = related(parent) filtered, ordered, cut }</c>.</summary>
    public Expression<Func<TParent, ParentRows<TKey, T>>> PerParent<TParent, TKey>(Expression<Func<TParent, IEnumerable<T>>> related, Expression<Func<TParent, TKey>> key)
    {
        var window = Window(FilteredRelated(related), queryable: false);
        if (projection is not null)
        {
            window = LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Select), [typeof(T), typeof(T)], window, projection);
        }

        var nodes = LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.ToList), [typeof(T)], window);
        return PerParent<TParent, TKey, ParentRows<TKey, T>>(related, key, nameof(ParentRows<TKey, T>.Rows), nodes);
    }

    /// <summary><c>parent => new ParentCount { Parent = key(parent), Count = related(parent) filtered, counted }</c>.</summary>
    public Expression<Func<TParent, ParentCount<TKey>>> CountPerParent<TParent, TKey>(Expression<Func<TParent, IEnumerable<T>>> related, Expression<Func<TParent, TKey>> key)
    {
        var count = LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Count), [typeof(T)], FilteredRelated(related));
        return PerParent<TParent, TKey, ParentCount<TKey>>(related, key, nameof(ParentCount<TKey>.Count), count);
    }

    /// <summary><c>parent => new TRow { Parent = key(parent), [member] = value }</c>, over the relation's parameter.</summary>
    private static Expression<Func<TParent, TRow>> PerParent<TParent, TKey, TRow>(Expression<Func<TParent, IEnumerable<T>>> related, Expression<Func<TParent, TKey>> key, string member, Expression value)
    {
        var parent = related.Parameters[0];
        return Expression.Lambda<Func<TParent, TRow>>(
            Expression.MemberInit(
                Expression.New(typeof(TRow)),
                Expression.Bind(typeof(TRow).GetProperty("Parent")!, ReplacingExpressionVisitor.Replace(key.Parameters[0], parent, key.Body)),
                Expression.Bind(typeof(TRow).GetProperty(member)!, value)),
            parent);
    }

    /// <summary>The related records of a parent, filtered: the same list is paged and counted.</summary>
    private Expression FilteredRelated<TParent>(Expression<Func<TParent, IEnumerable<T>>> related) =>
        filter is null ? related.Body : LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Where), [typeof(T)], related.Body, filter);

    /// <summary>A page from the rows read (up to one more than the page holds).</summary>
    /// <param name="keys">The rows' sort keys when the database read them (<see cref="KeysAsync"/>).</param>
    public Connection<T> ToConnection(IReadOnlyList<T> rows, Func<IResolveFieldContext, IDataLoaderResult> count, IReadOnlyDictionary<object, object?[]>? keys = null)
    {
        var hasMore = rows.Count > paging.Size;
        IReadOnlyList<T> page = rows;
        if (hasMore || paging.IsBackward)
        {
            // The rows may be a batch's, which another parent's page reads too: cut and turned in a copy.
            var cut = rows.Take(paging.Size).ToList();
            if (paging.IsBackward)
            {
                cut.Reverse();
            }

            page = cut;
        }

        Func<T, string> cursorOf = cursors ? node => order.CursorOf(node, keys?.GetValueOrDefault(order.IdOf(node))) : _ => "";
        var pageInfo = new PageInfo(
            HasNextPage: paging.IsBackward ? paging.Before is not null || paging.Offset > 0 : hasMore,
            HasPreviousPage: paging.IsBackward ? hasMore : paging.After is not null || paging.Offset > 0,
            StartCursor: page.Count > 0 ? cursorOf(page[0]) : null,
            EndCursor: page.Count > 0 ? cursorOf(page[^1]) : null);
        return new Connection<T>(page, cursorOf, pageInfo, count);
    }

    /// <summary>Bounded by the cursors, ordered (backwards for <c>last</c>), past the offset, cut to the page and one more.</summary>
    private Expression Window(Expression source, bool queryable)
    {
        var statics = queryable ? typeof(Queryable) : typeof(Enumerable);
        foreach (var bound in Bounds())
        {
            source = LinqMethods.Call(statics, nameof(Enumerable.Where), [typeof(T)], source, queryable ? Expression.Quote(bound) : bound);
        }

        source = order.Apply(source, queryable, reverse: paging.IsBackward);
        if (paging.Offset > 0)
        {
            // A parameter: one statement (and one plan) whatever the offset.
            source = LinqMethods.Call(statics, nameof(Enumerable.Skip), [typeof(T)], source, QueryParameter.Of(paging.Offset));
        }

        return LinqMethods.Call(statics, nameof(Enumerable.Take), [typeof(T)], source, Expression.Constant(paging.Size + 1));
    }

    private IEnumerable<Expression<Func<T, bool>>> Bounds()
    {
        if (paging.After is { } after)
        {
            yield return order.After(after, "after", reverse: false);
        }

        if (paging.Before is { } before)
        {
            yield return order.After(before, "before", reverse: true);
        }
    }
}

/// <summary>The rows of one parent's list.</summary>
public sealed class ParentRows<TKey, TNode>
{
    public TKey Parent { get; set; } = default!;

    public List<TNode> Rows { get; set; } = [];
}

/// <summary>The size of one parent's list.</summary>
public sealed class ParentCount<TKey>
{
    public TKey Parent { get; set; } = default!;

    public int Count { get; set; }
}
