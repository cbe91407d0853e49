using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DockingGraph.Querying;

/// <summary>
/// Reads an <c>order</c> argument. An order is built once per record type and argument (its keys'
/// readers are compiled expressions) and shared by every request that asks for it. The kept
/// orders, of every record type together, are bounded by an estimate of what they hold in bytes
/// (<see cref="EstimatedBytes"/>: <see cref="BytesPerKey"/> per key, measured, and the order's
/// text), <see cref="MaxKeptBytes"/> (<c>GraphQL:SortOrderCacheMaxBytes</c>); the least recently
/// used order is forgotten first, and one larger than the bound is built per request.
/// </summary>
public static class SortOrder
{
    /// <summary>
    /// What a kept order holds per key, in bytes, measured (<c>SortOrderTests</c>: the heap grown
    /// by 2,000 distinct orders, divided by their keys, was 3.3 KB): the key's expressions and
    /// its compiled reader, rounded up.
    /// </summary>
    public const long BytesPerKey = 4 * 1024;

    /// <summary>What an order holds besides its keys and text: the order, its signature and its entry.</summary>
    public const long BytesPerOrder = 512;

    private const long DefaultMaxKeptBytes = 4 * 1024 * 1024;

    private static BoundedCache<object> kept = new(int.MaxValue, DefaultMaxKeptBytes);

    /// <summary>The most the kept orders may hold, estimated (set at start from <c>GraphQL:SortOrderCacheMaxBytes</c>; a new bound forgets the kept orders, the same bound keeps them).</summary>
    public static long MaxKeptBytes
    {
        get;
        set
        {
            if (value == field)
            {
                return;
            }

            field = value;
            kept = new BoundedCache<object>(int.MaxValue, value);
        }
    } = DefaultMaxKeptBytes;

    /// <summary>How many orders are kept, of every record type.</summary>
    public static int KeptCount => kept.Count;

    /// <summary>What the kept orders hold, estimated.</summary>
    public static long KeptBytes => kept.Bytes;

    /// <summary>An order of <paramref name="keys"/> keys (the record's key included) given as <paramref name="text"/>, estimated.</summary>
    public static long EstimatedBytes(int keys, string text) => BytesPerOrder + (keys * BytesPerKey) + (2L * text.Length);

    public static SortOrder<T> From<T>(IEntityType type, object? order)
    {
        var text = order is null ? "" : JsonSerializer.Serialize(order);
        var key = $"{typeof(T).FullName}\n{text}";
        if (kept.Find(key) is SortOrder<T> known)
        {
            return known;
        }

        var made = SortOrder<T>.Create(type, order);
        kept.Add(key, made, EstimatedBytes(made.KeyCount, text));
        return made;
    }
}

/// <summary>
/// The order of a list: the keys of an <c>order</c> argument (<see cref="SortOrderParser"/>),
/// always ending with <c>id</c> ascending so that no two records tie. It is applied as an ORDER BY
/// (<see cref="OrderByClause"/>), and makes and reads the keyset cursors of its list
/// (<see cref="SortCursor"/>, <see cref="KeysetPredicate"/>); keys through a relation are read by
/// the database to write them (<see cref="RelationSortKeys{T}"/>).
/// </summary>
public sealed class SortOrder<T>
{
    private readonly IReadOnlyList<SortKey> keys;
    private IReadOnlyList<string>? columns;

    private SortOrder(IReadOnlyList<SortKey> keys)
    {
        this.keys = keys;
        Signature = string.Join(",", keys.Select(k => $"{k.Path}:{(k.Descending ? "DESC" : "ASC")}"));
    }

    /// <summary>The keys as text (<c>docking:ASC,id:ASC</c>), which a cursor must carry to be read in this order.</summary>
    public string Signature { get; }

    /// <summary>The keys, the record's key included.</summary>
    public int KeyCount => keys.Count;

    /// <summary>
    /// Whether a key is read through a relation (<c>order: [{ dockingLocation: { name: ASC } }]</c>):
    /// the records of a page do not carry their relations, so such keys are asked of the database
    /// (<see cref="KeysOfAsync"/>) to write the cursors.
    /// </summary>
    public bool ReadsRelations => keys.Any(k => k.ThroughRelation);

    /// <summary>The record's own properties the order reads, which a page must select to write its cursors from its records.</summary>
    public IReadOnlyList<string> Columns => columns ??= [.. keys.Select(k => k.Column).OfType<string>().Distinct()];

    internal static SortOrder<T> Create(IEntityType type, object? order) => new(SortOrderParser.Keys<T>(type, order));

    /// <summary>The order applied to a query or to a navigation (<paramref name="queryable"/> picks <see cref="Queryable"/> or <see cref="Enumerable"/>).</summary>
    public Expression Apply(Expression source, bool queryable, bool reverse) => OrderByClause.Apply<T>(keys, source, queryable, reverse);

    /// <summary>The records after <paramref name="cursor"/> in this order (before it when <paramref name="reverse"/>).</summary>
    public Expression<Func<T, bool>> After(string cursor, string argument, bool reverse) =>
        KeysetPredicate.After<T>(keys, SortCursor.Read(Signature, keys, cursor, argument), reverse);

    /// <summary>The record's key: the last sort key, which every order ends with.</summary>
    public object IdOf(T record) => keys[^1].Read(record!)!;

    /// <summary>Every key's value for the records with <paramref name="ids"/>, read by the database (one statement).</summary>
    public Task<IReadOnlyDictionary<object, object?[]>> KeysOfAsync(IQueryable<T> records, IReadOnlyCollection<object> ids, CancellationToken cancellationToken) =>
        RelationSortKeys<T>.ReadAsync(keys, records, ids, cancellationToken);

    /// <param name="values">The keys' values when the database read them (<see cref="KeysOfAsync"/>); else read from the record.</param>
    public string CursorOf(T record, object?[]? values = null) => SortCursor.Write(Signature, keys, record!, values);
}
