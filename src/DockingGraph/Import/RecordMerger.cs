using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DockingGraph.Import;

/// <summary>
/// Reads LL2 JSON records into the model and merges them with what is stored, by rank:
/// a non-null value is replaced only by a non-null value from a form of equal or higher rank
/// (at equal rank the later one wins), and a list is taken whole, in order, from the
/// highest-ranked form that has it. The mapping is the model itself (<see cref="Ll2RecordType"/>);
/// keys the model does not have yet are kept in the record's <see cref="SourceDocument"/>.
/// Everything it needs from the store is in <see cref="ChunkRecords"/>: the merge is in memory.
/// </summary>
internal sealed class RecordMerger(DockingDbContext db, ChunkRecords records)
{
    /// <summary>Reads one record (and everything nested in it).</summary>
    /// <param name="source">What to keep as the record's source JSON when it differs from what is read (a 2.2.0 body read in 2.3.0 shape).</param>
    /// <exception cref="Ll2FormatException">The record is not what LL2 gives; its path is relative to <paramref name="node"/>.</exception>
    public object? ReadRecord(Ll2RecordType type, JsonNode? node, FormRank inherited, JsonObject? source = null)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonValue name when name.GetValueKind() == JsonValueKind.String && type.Identity == Ll2Identity.Name:
                return LocateNamed(type, null, name.GetValue<string>()).Entity;
            case JsonObject record:
                var rank = RankOf(record, inherited);
                var (entity, isNew) = Locate(type, record);
                Merge(type, entity, isNew, record, rank);
                KeepSource(type, entity, source ?? record, rank);
                return entity;
            default:
                throw new Ll2FormatException($"expected an object, found {node.GetValueKind().ToString().ToLowerInvariant()}");
        }
    }

    private static FormRank RankOf(JsonObject record, FormRank inherited)
    {
        if (inherited == FormRank.V220 || record["response_mode"] is not JsonValue mode)
        {
            return inherited;
        }

        return mode.ToString() switch
        {
            "list" => FormRank.List,
            "normal" => FormRank.Normal,
            "detailed" => FormRank.Detailed,
            var other => throw new Ll2FormatException($"expected list, normal or detailed, found {other}").Within(".response_mode"),
        };
    }

    private (object Entity, bool IsNew) Locate(Ll2RecordType type, JsonObject record)
    {
        if (type.Identity == Ll2Identity.Name)
        {
            var id = (int?)ReadValue(record, "id", typeof(int));
            var name = (string?)ReadValue(record, "name", typeof(string));
            return LocateNamed(type, id, name);
        }

        var key = type.Key!;
        var keyValue = ReadValue(record, "id", key.ClrType)
            ?? throw new Ll2FormatException($"a {type.Name} without an id");
        if (records.Find(type, keyValue) is { } existing)
        {
            return (existing, false);
        }

        var created = Activator.CreateInstance(type.Entity.ClrType)!;
        key.PropertyInfo!.SetValue(created, keyValue);
        records.Add(type, created);
        return (created, true);
    }

    private static object? ReadValue(JsonObject record, string key, Type type)
    {
        try
        {
            return Ll2Values.Read(record[key], type);
        }
        catch (Ll2FormatException ex)
        {
            throw ex.Within($".{key}");
        }
    }

    private (object Entity, bool IsNew) LocateNamed(Ll2RecordType type, int? id, string? name)
    {
        if (id is null && string.IsNullOrEmpty(name))
        {
            throw new Ll2FormatException($"a {type.Name} needs an id or a name");
        }

        if (records.FindNamed(type, id, name) is { } found)
        {
            if (found.Id is null && id is not null)
            {
                found.Id = id;
                records.Index(type, found);
            }

            return (found, false);
        }

        var created = (INameKeyedRecord)Activator.CreateInstance(type.Entity.ClrType)!;
        created.Id = id;
        created.Name = name;
        records.Add(type, created);
        return (created, true);
    }

    private void Merge(Ll2RecordType type, object entity, bool isNew, JsonObject record, FormRank rank)
    {
        var stored = (Ll2Record)entity;
        var wins = isNew || rank >= stored.SourceRank;
        foreach (var (key, value) in record)
        {
            try
            {
                MergeMember(entity, type.Member(key), value, rank, wins);
            }
            catch (Ll2FormatException ex)
            {
                throw ex.Within($".{key}");
            }
        }

        if (isNew || rank > stored.SourceRank)
        {
            stored.SourceRank = rank;
        }
    }

    private void MergeMember(object entity, Ll2Member member, JsonNode? value, FormRank rank, bool wins)
    {
        switch (member.Kind)
        {
            case Ll2MemberKind.List:
                MergeList(entity, member, value, rank, wins);
                break;
            case Ll2MemberKind.Reference:
                var target = ReadRecord(member.Target, value, rank);
                if (target is not null && (wins || (member.Reference!.Get(entity) is null && member.Value!.Get(entity) is null)))
                {
                    member.Reference!.Set(entity, target);
                }

                break;
            case Ll2MemberKind.Value:
                var incoming = Ll2Values.Read(value, member.Property!.ClrType);
                if (incoming is not null && (wins || member.Value!.Get(entity) is null))
                {
                    member.Value!.Set(entity, incoming);
                }

                break;
        }
    }

    /// <summary>
    /// A list's items are always read (each merges into its own record); the list itself is taken
    /// whole when this form ranks at least as high as the record, or when nothing was known of it.
    /// </summary>
    private void MergeList(object entity, Ll2Member member, JsonNode? value, FormRank rank, bool wins)
    {
        if (value is null)
        {
            return;
        }

        if (value is not JsonArray array)
        {
            throw new Ll2FormatException($"expected a list, found {value.GetValueKind().ToString().ToLowerInvariant()}");
        }

        var owner = db.Entry(entity);
        var collection = owner.Collection(member.Navigation!);
        if (!collection.IsLoaded && owner.State != EntityState.Added)
        {
            throw new InvalidOperationException($"the stored entries of {member.Navigation!.DeclaringEntityType.ClrType.Name}.{member.Navigation.Name} were not loaded with the chunk");
        }

        var entryType = member.Entry;
        // A record's lists are made when first read through their property (a record read for a page never makes them).
        var list = (IList)(collection.CurrentValue ?? member.Navigation!.PropertyInfo!.GetValue(entity))!;
        var existing = list.Cast<object>().OrderBy(e => (int)entryType.Position!.Get(e)!).ToList();
        var apply = wins || existing.Count == 0;

        var items = new List<object>();
        for (var i = 0; i < array.Count; i++)
        {
            try
            {
                if (ReadItem(member, array[i], rank, apply, list, existing, items.Count) is { } item)
                {
                    items.Add(item);
                }
            }
            catch (Ll2FormatException ex)
            {
                throw ex.Within($"[{i}]");
            }
        }

        if (apply)
        {
            Replace(member, list, existing, items);
        }
    }

    /// <summary>One item of a list: the shared record a link points to, a positioned record merged into the one at its place, or a record of its own.</summary>
    private object? ReadItem(Ll2Member member, JsonNode? node, FormRank rank, bool apply, IList list, List<object> existing, int position)
    {
        if (member.ListKind != Ll2ListKind.Positioned)
        {
            return ReadRecord(member.Target, node, rank);
        }

        if (!apply || node is null)
        {
            return null;
        }

        if (node is not JsonObject child)
        {
            throw new Ll2FormatException("expected an object");
        }

        var entryType = member.Entry;
        var isNew = position >= existing.Count;
        var entity = isNew ? Activator.CreateInstance(entryType.Entity.ClrType)! : existing[position];
        if (isNew)
        {
            entryType.Position!.Set(entity, position);
            list.Add(entity);
        }

        Merge(entryType, entity, isNew, child, rank);
        return entity;
    }

    /// <summary>Makes <paramref name="list"/> hold <paramref name="items"/>, in their order, reusing the entries it has.</summary>
    private static void Replace(Ll2Member member, IList list, List<object> existing, List<object> items)
    {
        var entryType = member.Entry;
        for (var position = 0; position < items.Count && member.ListKind != Ll2ListKind.Positioned; position++)
        {
            if (member.ListKind == Ll2ListKind.Links)
            {
                var link = position < existing.Count ? existing[position] : Activator.CreateInstance(entryType.Entity.ClrType)!;
                if (position >= existing.Count)
                {
                    entryType.Position!.Set(link, position);
                    list.Add(link);
                }

                member.ItemReference!.Set(link, items[position]);
            }
            else
            {
                entryType.Position!.Set(items[position], position);
                if (!list.Contains(items[position]))
                {
                    list.Add(items[position]);
                }
            }
        }

        var kept = member.ListKind == Ll2ListKind.Records ? items : existing.Take(items.Count);
        foreach (var stale in existing.Except(kept).ToList())
        {
            list.Remove(stale);
        }
    }

    private void KeepSource(Ll2RecordType type, object entity, JsonObject json, FormRank rank)
    {
        var recordId = entity is INameKeyedRecord named ? ChunkRecords.RecordIdOf(named) : ChunkRecords.RecordIdOf(type.Key!.GetGetter().GetClrValue(entity)!);
        records.KeepSource(type.Name, recordId, json, rank);
    }
}
