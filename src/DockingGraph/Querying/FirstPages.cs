using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Querying;

/// <summary>
/// The statement of a root list's first page with no filter (the page a list opens on), compiled
/// by EF Core once per store, record type, projection and arguments and kept: EF Core otherwise walks,
/// hashes and looks up the page's expression at every run. A filter's, a search's or a cursor's
/// values stay parameters of a query built per request: a compiled query would write them into
/// its SQL. At most <see cref="MaxKept"/> compiled pages are kept, the least recently used
/// forgotten first, whatever the documents and variables clients send.
/// </summary>
public static class FirstPages
{
    public const int MaxKept = 256;

    private static readonly BoundedCache<object> Kept = new(MaxKept, MaxKept);
    private static readonly ConditionalWeakTable<object, string> ProjectionIds = [];
    private static readonly object WholeRecords = new();
    private static long lastProjectionId;

    /// <summary>How many compiled pages are kept.</summary>
    public static int KeptCount => Kept.Count;

    /// <param name="store">The context's type: a statement compiled for one store's provider never runs on another's (a process may serve both, as the tests do).</param>
    /// <param name="signature">What decides the page besides the projection: its order and size (<see cref="ListQuery{T}.Signature"/>).</param>
    /// <param name="page">The page over <c>db.Set&lt;T&gt;().AsNoTracking()</c>, made only when no compiled page is kept.</param>
    public static Func<DockingDbContext, IAsyncEnumerable<T>> For<T>(Type store, LambdaExpression? projection, string signature, Func<Expression, Expression> page)
        where T : class
    {
        var id = ProjectionIds.GetValue(projection ?? WholeRecords, _ => Interlocked.Increment(ref lastProjectionId).ToString(System.Globalization.CultureInfo.InvariantCulture));
        var key = $"{store.FullName}\n{typeof(T).FullName}\n{id}\n{signature}";
        if (Kept.Find(key) is Func<DockingDbContext, IAsyncEnumerable<T>> known)
        {
            return known;
        }

        var db = Expression.Parameter(typeof(DockingDbContext), "db");
        var records = LinqMethods.Call(
            typeof(EntityFrameworkQueryableExtensions),
            nameof(EntityFrameworkQueryableExtensions.AsNoTracking),
            [typeof(T)],
            Expression.Call(db, nameof(DbContext.Set), [typeof(T)]));
        var compiled = EF.CompileAsyncQuery(Expression.Lambda<Func<DockingDbContext, IQueryable<T>>>(page(records), db));
        Kept.Add(key, compiled, 1);
        return compiled;
    }
}
