using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace DockingGraph.Batching;

/// <summary>The batch fetch of a loader: every requested key in one statement, reading the records through <paramref name="projection"/> (whole when null).</summary>
public delegate Task<IReadOnlyDictionary<object, object>> BatchFetch(IReadOnlyCollection<object> keys, LambdaExpression? projection, CancellationToken cancellationToken);

/// <summary>
/// One SQL statement per batch for each kind of relation in the model, built from EF Core's
/// metadata: records by key, the items of an ordered list, the children of a record, each reading
/// only the columns the request's projection names (<see cref="IRecordProjection"/>). Each batch
/// runs on its own short-lived <see cref="DockingDbContext"/>, so loaders that run at the same time
/// never share one.
/// </summary>
public static class RelationQueries
{
    /// <summary>Records of <paramref name="type"/> by primary key.</summary>
    public static BatchFetch ByKey(IDbContextFactory<DockingDbContext> contexts, IEntityType type)
    {
        var key = type.FindPrimaryKey()!.Properties.Single();
        return Make(nameof(ByKeyOf), [type.ClrType, key.ClrType], contexts, key.Name);
    }

    /// <summary>The items of an ordered list (a collection of <see cref="ListEntry{TItem}"/>), per owner key, in LL2's order.</summary>
    public static BatchFetch ListItems(IDbContextFactory<DockingDbContext> contexts, INavigation list)
    {
        var entry = list.TargetEntityType;
        var itemType = entry.FindNavigation(nameof(ListEntry<object>.Item))!.TargetEntityType.ClrType;
        var ownerKey = list.ForeignKey.Properties.Single();
        return Make(nameof(ListItemsOf), [entry.ClrType, itemType, ownerKey.ClrType], contexts, ownerKey.Name);
    }

    /// <summary>The children of a record (an image's variants), per owner key, in LL2's order.</summary>
    public static BatchFetch Children(IDbContextFactory<DockingDbContext> contexts, INavigation children)
    {
        var ownerKey = children.ForeignKey.Properties.Single();
        return Make(nameof(ChildrenOf), [children.TargetEntityType.ClrType, ownerKey.ClrType], contexts, ownerKey.Name);
    }

    private static BatchFetch Make(string method, Type[] types, IDbContextFactory<DockingDbContext> contexts, string property) =>
        (BatchFetch)typeof(RelationQueries).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(types)
            .Invoke(null, [contexts, property])!;

    private static BatchFetch ByKeyOf<TRecord, TKey>(IDbContextFactory<DockingDbContext> contexts, string key)
        where TRecord : class
    {
        var query = new KeyedQuery<TRecord, TRecord, TKey>(
            (db, wanted) => db.Set<TRecord>().AsNoTracking().Where(r => wanted.Contains(EF.Property<TKey>(r, key))),
            r => EF.Property<TKey>(r, key),
            r => r);
        return async (keys, projection, cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var rows = new Dictionary<object, object>(keys.Count);
            await foreach (var row in query.Run(db, keys, projection, cancellationToken))
            {
                rows[row.Key!] = row.Record;
            }

            return rows;
        };
    }

    private static BatchFetch ListItemsOf<TEntry, TItem, TOwnerKey>(IDbContextFactory<DockingDbContext> contexts, string ownerKey)
        where TEntry : ListEntry<TItem>
        where TItem : class
    {
        var query = new KeyedQuery<TEntry, TItem, TOwnerKey>(
            (db, wanted) => db.Set<TEntry>().AsNoTracking()
                .Where(e => wanted.Contains(EF.Property<TOwnerKey>(e, ownerKey)))
                .OrderBy(e => EF.Property<TOwnerKey>(e, ownerKey)).ThenBy(e => e.Position),
            e => EF.Property<TOwnerKey>(e, ownerKey),
            e => e.Item!);
        return async (keys, projection, cancellationToken) => PerOwner(keys, await query.ListAsync(contexts, keys, projection, cancellationToken));
    }

    private static BatchFetch ChildrenOf<TChild, TOwnerKey>(IDbContextFactory<DockingDbContext> contexts, string ownerKey)
        where TChild : class
    {
        var query = new KeyedQuery<TChild, TChild, TOwnerKey>(
            (db, wanted) => db.Set<TChild>().AsNoTracking()
                .Where(c => wanted.Contains(EF.Property<TOwnerKey>(c, ownerKey)))
                .OrderBy(c => EF.Property<TOwnerKey>(c, ownerKey)).ThenBy(c => EF.Property<int>(c, nameof(ListEntry<object>.Position))),
            c => EF.Property<TOwnerKey>(c, ownerKey),
            c => c);
        return async (keys, projection, cancellationToken) => PerOwner(keys, await query.ListAsync(contexts, keys, projection, cancellationToken));
    }

    /// <summary><c>row => new KeyedRecord { Key = key(row), Record = projection(record(row)) }</c>: the record read through the projection, beside the key it is asked by.</summary>
    private static Expression<Func<TRow, KeyedRecord<TKey, TRecord>>> Keyed<TRow, TRecord, TKey>(Expression<Func<TRow, TKey>> key, Expression<Func<TRow, TRecord>> record, LambdaExpression? projection)
    {
        var row = key.Parameters[0];
        var recordOfRow = ReplacingExpressionVisitor.Replace(record.Parameters[0], row, record.Body);
        var projected = projection is null ? recordOfRow : ReplacingExpressionVisitor.Replace(projection.Parameters[0], recordOfRow, projection.Body);
        return Expression.Lambda<Func<TRow, KeyedRecord<TKey, TRecord>>>(
            Expression.MemberInit(
                Expression.New(typeof(KeyedRecord<TKey, TRecord>)),
                Expression.Bind(typeof(KeyedRecord<TKey, TRecord>).GetProperty(nameof(KeyedRecord<TKey, TRecord>.Key))!, key.Body),
                Expression.Bind(typeof(KeyedRecord<TKey, TRecord>).GetProperty(nameof(KeyedRecord<TKey, TRecord>.Record))!, projected)),
            row);
    }

    /// <summary>Every owner asked for gets its list, empty when it has no items.</summary>
    private static Dictionary<object, object> PerOwner<TKey, TRecord>(IReadOnlyCollection<object> owners, List<KeyedRecord<TKey, TRecord>> rows)
    {
        var items = rows.ToLookup(r => (object)r.Key!, r => (object)r.Record!);
        return owners.ToDictionary(owner => owner, owner => (object)items[owner].ToList());
    }

    /// <summary>
    /// A batch's statement, compiled once per projection (a projection is made once per operation,
    /// <see cref="IRecordProjection"/>) instead of built and translated again on every batch: EF
    /// Core then neither walks nor hashes its expression per run. <c>rows</c> are the batch's rows
    /// by the keys asked for; each is read as its key and its record through the projection.
    /// </summary>
    private sealed class KeyedQuery<TRow, TRecord, TKey>(
        Expression<Func<DockingDbContext, List<TKey>, IQueryable<TRow>>> rows,
        Expression<Func<TRow, TKey>> key,
        Expression<Func<TRow, TRecord>> record)
    {
        private readonly object whole = new();
        private readonly ConditionalWeakTable<object, Func<DockingDbContext, List<TKey>, IAsyncEnumerable<KeyedRecord<TKey, TRecord>>>> compiled = [];

        public ConfiguredCancelableAsyncEnumerable<KeyedRecord<TKey, TRecord>> Run(DockingDbContext db, IReadOnlyCollection<object> keys, LambdaExpression? projection, CancellationToken cancellationToken)
        {
            var query = compiled.GetValue(projection ?? whole, _ => EF.CompileAsyncQuery(Keyed(projection)));
            return query(db, [.. keys.Cast<TKey>()]).WithCancellation(cancellationToken);
        }

        /// <summary>The rows on a context of their own, read whole.</summary>
        public async Task<List<KeyedRecord<TKey, TRecord>>> ListAsync(IDbContextFactory<DockingDbContext> contexts, IReadOnlyCollection<object> keys, LambdaExpression? projection, CancellationToken cancellationToken)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var list = new List<KeyedRecord<TKey, TRecord>>();
            await foreach (var row in Run(db, keys, projection, cancellationToken))
            {
                list.Add(row);
            }

            return list;
        }

        /// <summary><c>(db, wanted) => rows(db, wanted).Select(row => new KeyedRecord { ... })</c>.</summary>
        private Expression<Func<DockingDbContext, List<TKey>, IQueryable<KeyedRecord<TKey, TRecord>>>> Keyed(LambdaExpression? projection) =>
            Expression.Lambda<Func<DockingDbContext, List<TKey>, IQueryable<KeyedRecord<TKey, TRecord>>>>(
                Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(TRow), typeof(KeyedRecord<TKey, TRecord>)], rows.Body, Expression.Quote(RelationQueries.Keyed(key, record, projection))),
                rows.Parameters);
    }
}

/// <summary>A record read by a batch, and the key it was asked by (its own, or its owner's).</summary>
public sealed class KeyedRecord<TKey, TRecord>
{
    public TKey Key { get; set; } = default!;

    public TRecord Record { get; set; } = default!;
}
