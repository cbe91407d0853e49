using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;

namespace DockingGraph.Querying;

/// <summary>
/// The keyset cursors of a list: a cursor holds a record's key values, after its order's
/// signature (a cursor belongs to its order), as base64url JSON.
/// </summary>
internal static class SortCursor
{
    /// <param name="values">The keys' values when the database read them; else read from the record.</param>
    public static string Write(string signature, IReadOnlyList<SortKey> keys, object record, object?[]? values)
    {
        var array = new JsonArray(JsonValue.Create(signature));
        for (var i = 0; i < keys.Count; i++)
        {
            array.Add((values is null ? keys[i].Read(record) : values[i]) switch
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

    /// <summary>The key values <paramref name="cursor"/> holds, when it is a cursor of this order.</summary>
    /// <param name="argument">The argument that gave it (<c>after</c>, <c>before</c>), for the error.</param>
    public static object?[] Read(string signature, IReadOnlyList<SortKey> keys, string cursor, string argument)
    {
        try
        {
            var array = JsonNode.Parse(Base64Url.DecodeFromChars(cursor)) as JsonArray;
            if (array is not null && array.Count == keys.Count + 1 && array[0]?.GetValue<string>() == signature)
            {
                return keys.Select((key, i) => Parse(key, array[i + 1])).ToArray();
            }
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException)
        {
            // reported below, as every other unreadable cursor
        }

        throw new ExecutionError($"The cursor given as `{argument}` is not a cursor of this list in this order.") { Code = PagingErrorCodes.InvalidCursor };
    }

    private static object? Parse(SortKey key, JsonNode? node)
    {
        if (node is null)
        {
            return key.IsNullable ? null : throw new FormatException("a cursor value is missing");
        }

        var type = Nullable.GetUnderlyingType(key.ValueType) ?? key.ValueType;
        return type switch
        {
            _ when type == typeof(DateTime) => DateTime.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            _ when type == typeof(DateOnly) => DateOnly.ParseExact(node.GetValue<string>(), "O", CultureInfo.InvariantCulture),
            _ when type == typeof(TimeSpan) => TimeSpan.FromTicks(node.GetValue<long>()),
            _ => node.Deserialize(type),
        };
    }
}
