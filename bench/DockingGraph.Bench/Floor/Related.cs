using System.Data.Common;

namespace DockingGraph.Bench.Floor;

/// <summary>
/// A record of a to-one level as the floor's queries read it: its key, the one text field asked of
/// it (a name, a destination), and the key of its own to-one relation when the query goes deeper.
/// </summary>
public readonly record struct Related(int Id, string? Text, int? Next)
{
    /// <summary>A row of <c>Id, text</c> or <c>Id, text, next key</c>.</summary>
    public static Related Read(DbDataReader row) =>
        new(row.GetInt32(0), row.IsDBNull(1) ? null : row.GetString(1), row.FieldCount > 2 && !row.IsDBNull(2) ? row.GetInt32(2) : null);

    /// <summary>A row of <c>Id, next key</c>: a record of which the query asks only its relation.</summary>
    public static Related Link(DbDataReader row) =>
        new(row.GetInt32(0), null, row.IsDBNull(1) ? null : row.GetInt32(1));

    /// <summary>The distinct keys a level refers to: the next level's one statement asks for these.</summary>
    public static HashSet<int> Keys(IEnumerable<int?> keys)
    {
        var set = new HashSet<int>();
        foreach (var key in keys)
        {
            if (key is { } value)
            {
                set.Add(value);
            }
        }

        return set;
    }

    /// <summary>The record <paramref name="key"/> refers to, if any.</summary>
    public static Related? Find(Dictionary<int, Related> records, int? key) =>
        key is { } value && records.TryGetValue(value, out var record) ? record : null;
}
