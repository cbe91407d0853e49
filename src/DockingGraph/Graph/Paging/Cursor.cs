using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using GraphQL;

namespace DockingGraph.Graph.Paging;

/// <summary>
/// Opaque keyset cursors: the position of a record in its ordering (the values of the order keys,
/// ending with the record's id), base64url-encoded JSON. A cursor stays valid while the data does
/// not change, and does not shift when records are added elsewhere in the list.
/// </summary>
public static class Cursor
{
    public static string Encode(int id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new[] { id })));

    public static int DecodeId(string cursor, string argument)
    {
        try
        {
            var keys = JsonSerializer.Deserialize<JsonElement[]>(Base64Url.DecodeFromChars(cursor));
            if (keys is { Length: > 0 } && keys[^1].ValueKind == JsonValueKind.Number && keys[^1].TryGetInt32(out var id))
            {
                return id;
            }
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            // reported below, as every other unreadable cursor
        }

        throw new ExecutionError($"The cursor given as `{argument}` is not a cursor of this list.") { Code = PagingErrorCodes.InvalidCursor };
    }
}
