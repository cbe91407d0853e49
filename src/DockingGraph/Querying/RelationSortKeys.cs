using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Querying;

/// <summary>
/// The sort key values of a page's records, read by the database: the records of a page do not
/// carry their relations, so an order with a key through one (<c>order: [{ dockingLocation: { name: ASC } }]</c>)
/// asks for every key's value of the page's ids in one statement to write its cursors.
/// </summary>
internal static class RelationSortKeys<T>
{
    private static Func<IReadOnlyList<SortKey>, IQueryable<T>, IReadOnlyCollection<object>, CancellationToken, Task<IReadOnlyDictionary<object, object?[]>>>? keysOf;

    /// <summary>Every key's value for the records with <paramref name="ids"/>, by id (the last key).</summary>
    public static Task<IReadOnlyDictionary<object, object?[]>> ReadAsync(IReadOnlyList<SortKey> keys, IQueryable<T> records, IReadOnlyCollection<object> ids, CancellationToken cancellationToken)
    {
        // A record type has one key type: the typed reader is made once per record type.
        keysOf ??= typeof(RelationSortKeys<T>).GetMethod(nameof(ReadTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(keys[^1].ValueType)
            .CreateDelegate<Func<IReadOnlyList<SortKey>, IQueryable<T>, IReadOnlyCollection<object>, CancellationToken, Task<IReadOnlyDictionary<object, object?[]>>>>();
        return keysOf(keys, records, ids, cancellationToken);
    }

    private static async Task<IReadOnlyDictionary<object, object?[]>> ReadTypedAsync<TKey>(IReadOnlyList<SortKey> keys, IQueryable<T> records, IReadOnlyCollection<object> ids, CancellationToken cancellationToken)
    {
        var record = Expression.Parameter(typeof(T), "record");
        var id = keys[^1].Body(record);

        // The ids as a parameter, not constants: one cached query plan for every page.
        var wanted = Expression.Lambda<Func<T, bool>>(LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], QueryParameter.Of(ids.Cast<TKey>().ToList()), id), record);
        var values = Expression.NewArrayInit(typeof(object), keys.Select(k => Expression.Convert(k.Body(record), typeof(object))));
        var row = Expression.Lambda<Func<T, KeyRow<TKey>>>(
            Expression.MemberInit(
                Expression.New(typeof(KeyRow<TKey>)),
                Expression.Bind(typeof(KeyRow<TKey>).GetProperty(nameof(KeyRow<TKey>.Id))!, id),
                Expression.Bind(typeof(KeyRow<TKey>).GetProperty(nameof(KeyRow<TKey>.Values))!, values)),
            record);
        var rows = await records.Where(wanted).Select(row).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => (object)r.Id!, r => r.Values);
    }
}

/// <summary>A record's sort key values, read by the database.</summary>
public sealed class KeyRow<TKey>
{
    public TKey Id { get; set; } = default!;

    public object?[] Values { get; set; } = [];
}
