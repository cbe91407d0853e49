using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DockingGraph.Import;

/// <summary>
/// Every record a chunk of events mentions, per type: what has to be loaded from the store, in
/// one query per type, before the chunk is merged. Values that cannot be read are passed over
/// here; the merge reports them with their path.
/// </summary>
internal sealed class ChunkKeys
{
    public Dictionary<Ll2RecordType, HashSet<object>> Ids { get; } = [];

    public Dictionary<Ll2RecordType, HashSet<string>> Names { get; } = [];

    /// <summary>Per list, the ids of the records whose JSON gives it: their stored entries are needed.</summary>
    public Dictionary<INavigation, HashSet<object>> ListOwners { get; } = [];

    public static ChunkKeys Of(IEntityType eventType, IEnumerable<Ll2Event> events)
    {
        var keys = new ChunkKeys();
        var type = Ll2RecordType.Of(eventType);
        foreach (var docking in events)
        {
            keys.Visit(type, docking.Record);
        }

        return keys;
    }

    private void Visit(Ll2RecordType type, JsonNode? node)
    {
        if (node is JsonValue value && type.Identity == Ll2Identity.Name && value.GetValueKind() == JsonValueKind.String)
        {
            Add(Names, type, value.GetValue<string>());
            return;
        }

        if (node is not JsonObject record)
        {
            return;
        }

        var id = type.Identity switch
        {
            Ll2Identity.Id => TryRead(record["id"], type.Key!.ClrType),
            Ll2Identity.Name => TryRead(record["id"], typeof(int)),
            _ => null,
        };
        if (id is not null)
        {
            Add(Ids, type, id);
        }

        if (type.Identity == Ll2Identity.Name && TryRead(record["name"], typeof(string)) is string name)
        {
            Add(Names, type, name);
        }

        foreach (var (key, child) in record)
        {
            var member = type.Member(key);
            switch (member.Kind)
            {
                case Ll2MemberKind.Reference:
                    Visit(member.Target, child);
                    break;
                case Ll2MemberKind.List when child is JsonArray items:
                    if (id is not null && type.Identity == Ll2Identity.Id)
                    {
                        Add(ListOwners, member.Navigation!, id);
                    }

                    var itemType = member.ListKind == Ll2ListKind.Positioned ? member.Entry : member.Target;
                    foreach (var item in items)
                    {
                        Visit(itemType, item);
                    }

                    break;
            }
        }
    }

    private static object? TryRead(JsonNode? node, Type type)
    {
        try
        {
            return Ll2Values.Read(node, type);
        }
        catch (Ll2FormatException)
        {
            return null;
        }
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, HashSet<TValue>> sets, TKey key, TValue value)
        where TKey : notnull
    {
        if (!sets.TryGetValue(key, out var set))
        {
            sets[key] = set = [];
        }

        set.Add(value);
    }
}
