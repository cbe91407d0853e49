using System.Buffers.Text;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DockingGraph.Batching;
using GraphQL;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>The most the kept orders may hold, estimated (set at start from <c>GraphQL:SortOrderCacheMaxBytes</c>; setting it forgets the kept orders).</summary>
    public static long MaxKeptBytes
    {
        get;
        set
        {
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
/// The order of a list: the keys of an <c>order</c> argument (HotChocolate's
/// <c>[XSortInput!]</c>: several keys in order, nested through to-one relations), always ending
/// with <c>id</c> ascending so that no two records tie. Nulls sort as PostgreSQL sorts them, on
/// every store: last in ascending order, first in descending. The order also makes and reads the
/// keyset cursors of its list: a cursor holds a record's key values, and belongs to its order.
/// </summary>
public sealed class SortOrder<T>
{
    private static Func<SortOrder<T>, IQueryable<T>, IReadOnlyCollection<object>, CancellationToken, Task<IReadOnlyDictionary<object, object?[]>>>? keysOf;

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

    internal static SortOrder<T> Create(IEntityType type, object? order)
    {
        var keys = new List<SortKey>();
        var record = Expression.Parameter(typeof(T), "record");
        foreach (var (element, i) in (order as IEnumerable<object?> ?? []).Select((e, i) => (e, i)))
        {
            keys.AddRange(Keys(record, type, element as IDictionary<string, object?> ?? throw Invalid($"`order[{i}]` needs an object."), $"order[{i}]", ""));
        }

        // The record's key last, whatever its type: no two records tie.
        var key = type.FindPrimaryKey()!.Properties.Single();
        keys.Add(new SortKey(Expression.Lambda(Expression.Property(record, key.PropertyInfo!), record), "id", false));
        return new SortOrder<T>(keys);
    }

    /// <summary>The order applied to a query or to a navigation (<paramref name="queryable"/> picks <see cref="Queryable"/> or <see cref="Enumerable"/>).</summary>
    public Expression Apply(Expression source, bool queryable, bool reverse)
    {
        var first = true;
        foreach (var key in keys)
        {
            var descending = key.Descending ^ reverse;
            foreach (var part in key.Parts())
            {
                var method = (first ? "OrderBy" : "ThenBy") + (descending ? "Descending" : "");
                source = Expression.Call(queryable ? typeof(Queryable) : typeof(Enumerable), method, [typeof(T), part.ReturnType], source, queryable ? Expression.Quote(part) : part);
                first = false;
            }
        }

        return source;
    }

    /// <summary>The records after <paramref name="cursor"/> in this order (before it when <paramref name="reverse"/>).</summary>
    public Expression<Func<T, bool>> After(string cursor, string argument, bool reverse)
    {
        var values = Decode(cursor, argument);
        var record = Expression.Parameter(typeof(T), "record");
        var parts = keys.SelectMany((key, i) => key.Comparisons(record, values[i], key.Descending ^ reverse)).ToList();
        Expression? after = null;
        for (var j = parts.Count - 1; j >= 0; j--)
        {
            // after = greater_j OR (equal_j AND after_{j+1})
            var tail = after is null ? parts[j].Greater : Expression.OrElse(parts[j].Greater, Expression.AndAlso(parts[j].Equal, after));
            after = tail;
        }

        return Expression.Lambda<Func<T, bool>>(after ?? Expression.Constant(false), record);
    }

    /// <summary>
    /// Whether a key is read through a relation (<c>order: [{ dockingLocation: { name: ASC } }]</c>):
    /// the records of a page do not carry their relations, so such keys are asked of the database
    /// (<see cref="KeysOfAsync"/>) to write the cursors.
    /// </summary>
    public bool ReadsRelations => keys.Any(k => k.ThroughRelation);

    /// <summary>The record's own properties the order reads, which a page must select to write its cursors from its records.</summary>
    public IReadOnlyList<string> Columns => columns ??= [.. keys.Select(k => k.Column).OfType<string>().Distinct()];

    /// <summary>The record's key: the last sort key, which every order ends with.</summary>
    public object IdOf(T record) => keys[^1].Read(record!)!;

    /// <summary>Every key's value for the records with <paramref name="ids"/>, read by the database (one statement).</summary>
    public Task<IReadOnlyDictionary<object, object?[]>> KeysOfAsync(IQueryable<T> records, IReadOnlyCollection<object> ids, CancellationToken cancellationToken)
    {
        // A record type has one key type: the typed reader is made once per record type.
        keysOf ??= typeof(SortOrder<T>).GetMethod(nameof(KeysOfTypedAsync), BindingFlags.NonPublic | BindingFlags.Instance)!
            .MakeGenericMethod(keys[^1].ValueType)
            .CreateDelegate<Func<SortOrder<T>, IQueryable<T>, IReadOnlyCollection<object>, CancellationToken, Task<IReadOnlyDictionary<object, object?[]>>>>();
        return keysOf(this, records, ids, cancellationToken);
    }

    private async Task<IReadOnlyDictionary<object, object?[]>> KeysOfTypedAsync<TKey>(IQueryable<T> records, IReadOnlyCollection<object> ids, CancellationToken cancellationToken)
    {
        var record = Expression.Parameter(typeof(T), "record");
        var id = keys[^1].Body(record);

        // The ids as a parameter (a closure's member, as EF Core reads one), not a constant: one cached query plan for every page.
        var list = ids.Cast<TKey>().ToList();
        Expression<Func<List<TKey>>> parameter = () => list;
        var wanted = Expression.Lambda<Func<T, bool>>(Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)], parameter.Body, id), record);
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

    /// <param name="values">The keys' values when the database read them (<see cref="KeysOfAsync"/>); else read from the record.</param>
    public string CursorOf(T record, object?[]? values = null)
    {
        var array = new JsonArray(JsonValue.Create(Signature));
        for (var i = 0; i < keys.Count; i++)
        {
            array.Add((values is null ? keys[i].Read(record!) : values[i]) switch
            {
                null => null,
                DateTime time => JsonValue.Create(time.ToString("O", CultureInfo.InvariantCulture)),
                DateOnly date => JsonValue.Create(date.ToString("O", CultureInfo.InvariantCulture)),
                TimeSpan span => JsonValue.Create(span.Ticks),
                var value => JsonValue.Create(value),
            });
        }

        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(array.ToJsonString()));
    }

    private object?[] Decode(string cursor, string argument)
    {
        try
        {
            var array = JsonNode.Parse(Base64Url.DecodeFromChars(cursor)) as JsonArray;
            if (array is not null && array.Count == keys.Count + 1 && array[0]?.GetValue<string>() == Signature)
            {
                return keys.Select((key, i) => key.Parse(array[i + 1])).ToArray();
            }
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException)
        {
            // reported below, as every other unreadable cursor
        }

        throw new ExecutionError($"The cursor given as `{argument}` is not a cursor of this list in this order.") { Code = PagingErrorCodes.InvalidCursor };
    }

    private static IEnumerable<SortKey> Keys(Expression target, IEntityType type, IDictionary<string, object?> element, string path, string keyPath)
    {
        foreach (var (field, value) in element)
        {
            if (value is null)
            {
                continue;
            }

            var name = FieldNames.ToPropertyName(field);
            var fieldKeyPath = keyPath.Length == 0 ? field : $"{keyPath}.{field}";
            if (type.FindNavigation(name) is { IsCollection: false } navigation)
            {
                var nested = value as IDictionary<string, object?> ?? throw Invalid($"`{path}.{field}` needs an object.");
                foreach (var key in Keys(Expression.Property(target, navigation.PropertyInfo!), navigation.TargetEntityType, nested, $"{path}.{field}", fieldKeyPath))
                {
                    yield return key;
                }
            }
            else if (type.FindProperty(name) is { PropertyInfo: { } property })
            {
                var direction = value.ToString();
                if (direction is not ("ASC" or "DESC"))
                {
                    throw Invalid($"`{path}.{field}` must be ASC or DESC.");
                }

                var record = (ParameterExpression)Root(target);
                Expression key = Expression.Property(target, property);
                if (target != record && key.Type.IsValueType && Nullable.GetUnderlyingType(key.Type) is null)
                {
                    // Through a relation that may be absent, even a required value may be missing.
                    key = Expression.Convert(key, typeof(Nullable<>).MakeGenericType(key.Type));
                }

                yield return new SortKey(Expression.Lambda(key, record), fieldKeyPath, direction == "DESC");
            }
            else
            {
                throw Invalid($"`{path}.{field}` is not a sortable field.");
            }
        }
    }

    private static Expression Root(Expression expression) => expression is MemberExpression member ? Root(member.Expression!) : expression;

    private static ExecutionError Invalid(string message) => new(message) { Code = FilteringErrorCodes.InvalidSort };

    /// <summary>One key of the order: <c>record => value</c>, and its direction.</summary>
    private sealed class SortKey(LambdaExpression selector, string path, bool descending)
    {
        private readonly Func<object, object?> read = Compile(selector);

        public string Path => path;

        public bool ThroughRelation => path.Contains('.', StringComparison.Ordinal);

        /// <summary>The record's own property the key reads; null for a key through a relation.</summary>
        public string? Column => selector.Body is MemberExpression { Expression: ParameterExpression } member ? member.Member.Name : null;

        /// <summary>The key's value of <paramref name="record"/>, as an expression.</summary>
        public Expression Body(ParameterExpression record) => new ParameterReplacer(selector.Parameters[0], record).Visit(selector.Body);

        public bool Descending => descending;

        public Type ValueType => selector.ReturnType;

        private bool IsNullable => !ValueType.IsValueType || Nullable.GetUnderlyingType(ValueType) is not null;

        public object? Read(object record) => read(record);

        /// <summary>What the database sorts by: for a key that can be null, first whether it is null (so nulls go last ascending), then the value.</summary>
        public IEnumerable<LambdaExpression> Parts()
        {
            if (IsNullable)
            {
                yield return Expression.Lambda(IsNull(selector.Body), selector.Parameters);
            }

            yield return Comparable(selector);
        }

        /// <summary>For each part: a record is equal to the cursor's value, or comes after it in the given direction.</summary>
        public IEnumerable<(Expression Equal, Expression Greater)> Comparisons(ParameterExpression record, object? cursorValue, bool descending)
        {
            var value = new ParameterReplacer(selector.Parameters[0], record).Visit(selector.Body);
            if (IsNullable)
            {
                var isNull = Expression.Equal(value, Expression.Constant(null, ValueType));
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

            var comparable = new ParameterReplacer(selector.Parameters[0], record).Visit(Comparable(selector).Body);
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

        public object? Parse(JsonNode? node)
        {
            if (node is null)
            {
                return IsNullable ? null : throw new FormatException("a cursor value is missing");
            }

            var type = Nullable.GetUnderlyingType(ValueType) ?? ValueType;
            return type switch
            {
                _ when type == typeof(DateTime) => DateTime.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                _ when type == typeof(DateOnly) => DateOnly.ParseExact(node.GetValue<string>(), "O", CultureInfo.InvariantCulture),
                _ when type == typeof(TimeSpan) => TimeSpan.FromTicks(node.GetValue<long>()),
                _ => node.Deserialize(type),
            };
        }

        /// <summary>The value as the database compares it: a Boolean as 0 or 1, everything else as it is.</summary>
        private static LambdaExpression Comparable(LambdaExpression selector)
        {
            var type = Nullable.GetUnderlyingType(selector.ReturnType) ?? selector.ReturnType;
            if (type != typeof(bool))
            {
                return selector;
            }

            var value = selector.ReturnType == typeof(bool) ? selector.Body : Expression.Property(selector.Body, "Value");
            return Expression.Lambda(Expression.Condition(value, Expression.Constant(1), Expression.Constant(0)), selector.Parameters);
        }

        private static Expression IsNull(Expression value) =>
            Expression.Condition(Expression.Equal(value, Expression.Constant(null, value.Type)), Expression.Constant(1), Expression.Constant(0));

        private static Expression Boundary(object? value, Type type)
        {
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            var converted = value is bool flag ? (flag ? 1 : 0) : value;
            Expression<Func<object?>> closure = () => converted;
            return Expression.Convert(Expression.Convert(closure.Body, underlying), type);
        }

        private static Func<object, object?> Compile(LambdaExpression selector)
        {
            var record = Expression.Parameter(typeof(object), "record");
            var body = new ParameterReplacer(selector.Parameters[0], Expression.Convert(record, selector.Parameters[0].Type)).Visit(selector.Body);
            return Expression.Lambda<Func<object, object?>>(NullSafe(body), record).Compile();
        }

        /// <summary>In memory, a key through a relation that is absent reads as null (the database does that by itself).</summary>
        private static Expression NullSafe(Expression body)
        {
            var asObject = Expression.Convert(body, typeof(object));
            var guards = new List<Expression>();
            var access = body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : body;
            for (var member = access as MemberExpression; member?.Expression is MemberExpression parent; member = parent)
            {
                guards.Add(Expression.Equal(parent, Expression.Constant(null, parent.Type)));
            }

            // Outermost relation first: `record.Payload == null || record.Payload.Manufacturer == null`.
            guards.Reverse();
            return guards.Count == 0 ? asObject : Expression.Condition(guards.Aggregate(Expression.OrElse), Expression.Constant(null), asObject);
        }
    }
}

/// <summary>A record's sort key values, read by the database.</summary>
public sealed class KeyRow<TKey>
{
    public TKey Id { get; set; } = default!;

    public object?[] Values { get; set; } = [];
}
