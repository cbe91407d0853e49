using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Querying;

/// <summary>
/// The statement of a root list's first page with no filter (the page a list opens on), compiled
/// by EF Core once per store, record type, projection and arguments and kept (or, for a page read
/// as <see cref="JoinedRows{T}"/>, the text EF Core wrote for it): EF Core otherwise walks,
/// hashes and looks up the page's expression at every run. A filter's, a search's or a cursor's
/// values stay parameters of a query built per request: a compiled query would write them into
/// its SQL. At most <see cref="MaxKept"/> compiled pages are kept, the least recently used
/// forgotten first, whatever the documents and variables clients send.
/// </summary>
public static class FirstPages
{
    public const int MaxKept = 256;

    private static readonly BoundedCache<object> Pages = new(MaxKept, MaxKept);
    private static readonly ConditionalWeakTable<object, string> ProjectionIds = [];
    private static readonly object WholeRecords = new();
    private static long lastProjectionId;

    /// <summary>How many compiled pages are kept.</summary>
    public static int KeptCount => Pages.Count;

    /// <param name="store">The context's type: a statement compiled for one store's provider never runs on another's (a process may serve both, as the tests do).</param>
    /// <param name="signature">What decides the page besides the projection: its order and size (<see cref="ListQuery{T}.Signature"/>).</param>
    /// <param name="page">The page over <c>db.Set&lt;T&gt;().AsNoTracking()</c>, made only when no compiled page is kept.</param>
    public static Func<DockingDbContext, IAsyncEnumerable<T>> For<T>(Type store, LambdaExpression? projection, string signature, Func<Expression, Expression> page)
        where T : class =>
        KeptOrMade(Key<T>(store, projection, signature, "compiled"), () =>
        {
            var db = Expression.Parameter(typeof(DockingDbContext), "db");
            var records = LinqMethods.Call(
                typeof(EntityFrameworkQueryableExtensions),
                nameof(EntityFrameworkQueryableExtensions.AsNoTracking),
                [typeof(T)],
                Expression.Call(db, nameof(DbContext.Set), [typeof(T)]));
            return EF.CompileAsyncQuery(Expression.Lambda<Func<DockingDbContext, IQueryable<T>>>(page(records), db));
        });

    /// <summary>The count of a whole list (a root list's <c>totalCount</c> with no filter), compiled once per store and record type.</summary>
    public static Func<DockingDbContext, CancellationToken, Task<int>> Count<T>(Type store)
        where T : class =>
        KeptOrMade($"count\n{store.FullName}\n{typeof(T).FullName}", () => EF.CompileAsyncQuery((DockingDbContext db, CancellationToken cancellationToken) => db.Set<T>().Count()));

    /// <summary>The statement of a first page read as <see cref="JoinedRows{T}"/>, written once (written at every run when it cannot run again).</summary>
    /// <param name="write">The statement, written only when none is kept.</param>
    public static JoinedStatement Joined<T>(Type store, LambdaExpression projection, string signature, Func<JoinedStatement> write)
        where T : class =>
        KeptOrMade(Key<T>(store, projection, signature, "joined"), write, keep: statement => statement.Reusable);

    /// <param name="keep">Whether what <paramref name="make"/> made may be kept (by default, always).</param>
    private static TValue KeptOrMade<TValue>(string key, Func<TValue> make, Func<TValue, bool>? keep = null)
        where TValue : class
    {
        if (Pages.Find(key) is TValue known)
        {
            return known;
        }

        var made = make();
        if (keep?.Invoke(made) ?? true)
        {
            Pages.Add(key, made, 1);
        }

        return made;
    }

    private static string Key<T>(Type store, LambdaExpression? projection, string signature, string kind)
    {
        var id = ProjectionIds.GetValue(projection ?? WholeRecords, _ => Interlocked.Increment(ref lastProjectionId).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return $"{kind}\n{store.FullName}\n{typeof(T).FullName}\n{id}\n{signature}";
    }
}
