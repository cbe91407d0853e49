using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DockingGraph.Import;

/// <summary>
/// Reads LL2 JSON records into the model and merges them with what is stored, by rank:
/// a non-null value is replaced only by a non-null value from a form of equal or higher rank
/// (at equal rank the later one wins), and a list is taken whole, in order, from the
/// highest-ranked form that has it. The mapping is the model itself: an LL2 key names the
/// property or navigation of the same name (<c>spacecraft_config</c> → <c>SpacecraftConfig</c>);
/// keys the model does not have yet are kept in the record's <see cref="SourceDocument"/>.
/// </summary>
internal sealed class RecordMerger(DockingDbContext db)
{
    private const string PositionProperty = nameof(ListEntry<object>.Position);
    private const string ItemNavigation = nameof(ListEntry<object>.Item);

    private static readonly JsonSerializerOptions SourceJsonOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads one record (and everything nested in it).</summary>
    /// <param name="source">What to keep as the record's source JSON when it differs from what is read (a 2.2.0 body read in 2.3.0 shape).</param>
    public async Task<object?> ReadRecordAsync(IEntityType type, JsonNode? node, FormRank inherited, string path, CancellationToken cancellationToken, JsonObject? source = null)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonValue name when name.GetValueKind() == JsonValueKind.String && typeof(INameKeyedRecord).IsAssignableFrom(type.ClrType):
                var (named, _) = await LocateNamedAsync(type, null, name.GetValue<string>(), cancellationToken);
                return named;
            case JsonObject record:
                var rank = RankOf(record, inherited, path);
                var (entity, isNew) = await LocateAsync(type, record, path, cancellationToken);
                await MergeAsync(type, entity, isNew, record, rank, path, cancellationToken);
                await KeepSourceAsync(type, entity, source ?? record, rank, cancellationToken);
                return entity;
            default:
                throw new Ll2FormatException($"{path}: expected an object, found {node.GetValueKind().ToString().ToLowerInvariant()}");
        }
    }

    private static FormRank RankOf(JsonObject record, FormRank inherited, string path)
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
            var other => throw new Ll2FormatException($"{path}.response_mode: expected list, normal or detailed, found {other}"),
        };
    }

    private async Task<(object Entity, bool IsNew)> LocateAsync(IEntityType type, JsonObject record, string path, CancellationToken cancellationToken)
    {
        if (typeof(INameKeyedRecord).IsAssignableFrom(type.ClrType))
        {
            var id = (int?)Ll2Values.Read(record["id"], typeof(int), $"{path}.id");
            var name = (string?)Ll2Values.Read(record["name"], typeof(string), $"{path}.name");
            return await LocateNamedAsync(type, id, name, cancellationToken);
        }

        var key = type.FindPrimaryKey()!.Properties.Single();
        var keyValue = Ll2Values.Read(record["id"], key.ClrType, $"{path}.id")
            ?? throw new Ll2FormatException($"{path}: a {type.ClrType.Name} without an id");
        var existing = await db.FindAsync(type.ClrType, [keyValue], cancellationToken);
        if (existing is not null)
        {
            return (existing, false);
        }

        var created = Activator.CreateInstance(type.ClrType)!;
        key.PropertyInfo!.SetValue(created, keyValue);
        db.Add(created);
        return (created, true);
    }

    private Task<(object Entity, bool IsNew)> LocateNamedAsync(IEntityType type, int? id, string? name, CancellationToken cancellationToken)
    {
        if (id is null && string.IsNullOrEmpty(name))
        {
            throw new Ll2FormatException($"a {type.ClrType.Name} needs an id or a name");
        }

        var locate = typeof(RecordMerger).GetMethod(nameof(LocateNamedOfTypeAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(type.ClrType);
        return (Task<(object, bool)>)locate.Invoke(this, [id, name, cancellationToken])!;
    }

    private async Task<(object Entity, bool IsNew)> LocateNamedOfTypeAsync<T>(int? id, string? name, CancellationToken cancellationToken)
        where T : class, INameKeyedRecord, new()
    {
        var found = (id is null ? null : await db.Set<T>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken))
            ?? db.Set<T>().Local.FirstOrDefault(r => id is not null && r.Id == id)
            ?? (name is null ? null : db.Set<T>().Local.FirstOrDefault(r => r.Name == name) ?? await db.Set<T>().FirstOrDefaultAsync(r => r.Name == name, cancellationToken));
        if (found is not null)
        {
            if (found.Id is null && id is not null)
            {
                found.Id = id;
            }

            return (found, false);
        }

        var created = new T { Id = id, Name = name };
        db.Add(created);
        return (created, true);
    }

    private async Task MergeAsync(IEntityType type, object entity, bool isNew, JsonObject record, FormRank rank, string path, CancellationToken cancellationToken)
    {
        var entry = db.Entry(entity);
        var wins = isNew || rank >= ((Ll2Record)entity).SourceRank;
        foreach (var (key, value) in record)
        {
            if (key is "id" or "response_mode")
            {
                continue;
            }

            var name = Ll2Names.ToPascalCase(key);
            var keyPath = $"{path}.{key}";
            if (type.FindNavigation(name) is { } navigation)
            {
                if (navigation.IsCollection)
                {
                    await MergeListAsync(entry, navigation, value, rank, wins, keyPath, cancellationToken);
                }
                else
                {
                    var target = await ReadRecordAsync(navigation.TargetEntityType, value, rank, keyPath, cancellationToken);
                    var foreignKey = entry.Property(navigation.ForeignKey.Properties.Single().Name);
                    if (target is not null && (wins || foreignKey.CurrentValue is null))
                    {
                        entry.Reference(navigation.Name).CurrentValue = target;
                    }
                }
            }
            else if (type.FindProperty(name) is { } property && !property.IsKey() && !property.IsForeignKey() && property.Name != nameof(Ll2Record.SourceRank))
            {
                var incoming = Ll2Values.Read(value, property.ClrType, keyPath);
                var current = entry.Property(property.Name);
                if (incoming is not null && (wins || current.CurrentValue is null))
                {
                    current.CurrentValue = incoming;
                }
            }
        }

        var stored = (Ll2Record)entity;
        if (isNew || rank > stored.SourceRank)
        {
            stored.SourceRank = rank;
        }
    }

    /// <summary>
    /// A list's items are always read (each merges into its own record); the list itself is taken
    /// whole when this form ranks at least as high as the record, or when nothing was known of it.
    /// </summary>
    private async Task MergeListAsync(EntityEntry owner, INavigation navigation, JsonNode? value, FormRank rank, bool wins, string path, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            return;
        }

        if (value is not JsonArray array)
        {
            throw new Ll2FormatException($"{path}: expected a list, found {value.GetValueKind().ToString().ToLowerInvariant()}");
        }

        var collection = owner.Collection(navigation.Name);
        if (!collection.IsLoaded && owner.State != EntityState.Added)
        {
            await collection.LoadAsync(cancellationToken);
        }

        var list = (IList)collection.CurrentValue!;
        var existing = list.Cast<object>().OrderBy(e => (int)db.Entry(e).Property(PositionProperty).CurrentValue!).ToList();
        var apply = wins || existing.Count == 0;
        var entryType = navigation.TargetEntityType;
        var isLink = entryType.FindNavigation(ItemNavigation) is not null;
        var isKeyedByPosition = !isLink && entryType.FindPrimaryKey()!.Properties.Any(p => p.Name == PositionProperty);

        var items = new List<object>();
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (isLink)
            {
                var item = await ReadRecordAsync(entryType.FindNavigation(ItemNavigation)!.TargetEntityType, array[i], rank, itemPath, cancellationToken);
                if (item is not null)
                {
                    items.Add(item);
                }
            }
            else if (isKeyedByPosition)
            {
                if (!apply || array[i] is null)
                {
                    continue;
                }

                if (array[i] is not JsonObject child)
                {
                    throw new Ll2FormatException($"{itemPath}: expected an object");
                }

                var position = items.Count;
                var isNew = position >= existing.Count;
                var entity = isNew ? Activator.CreateInstance(entryType.ClrType)! : existing[position];
                if (isNew)
                {
                    entryType.FindProperty(PositionProperty)!.PropertyInfo!.SetValue(entity, position);
                    list.Add(entity);
                }

                await MergeAsync(entryType, entity, isNew, child, rank, itemPath, cancellationToken);
                items.Add(entity);
            }
            else if (await ReadRecordAsync(entryType, array[i], rank, itemPath, cancellationToken) is { } child)
            {
                items.Add(child);
            }
        }

        if (!apply)
        {
            return;
        }

        for (var position = 0; position < items.Count; position++)
        {
            if (isKeyedByPosition)
            {
                continue;
            }

            if (isLink)
            {
                var link = position < existing.Count ? existing[position] : Activator.CreateInstance(entryType.ClrType)!;
                if (position >= existing.Count)
                {
                    entryType.FindProperty(PositionProperty)!.PropertyInfo!.SetValue(link, position);
                    list.Add(link);
                }

                db.Entry(link).Reference(ItemNavigation).CurrentValue = items[position];
            }
            else
            {
                db.Entry(items[position]).Property(PositionProperty).CurrentValue = position;
                if (!list.Contains(items[position]))
                {
                    list.Add(items[position]);
                }
            }
        }

        var kept = isLink || isKeyedByPosition ? existing.Take(items.Count) : items;
        foreach (var stale in existing.Except(kept).ToList())
        {
            list.Remove(stale);
        }
    }

    private async Task KeepSourceAsync(IEntityType type, object entity, JsonObject json, FormRank rank, CancellationToken cancellationToken)
    {
        var recordId = entity is INameKeyedRecord named ? named.Name ?? named.Id?.ToString(CultureInfo.InvariantCulture) ?? "" : type.FindPrimaryKey()!.Properties.Single().PropertyInfo!.GetValue(entity)!.ToString()!;
        var kind = type.ClrType.Name;
        var document = await db.SourceDocuments.FindAsync([kind, recordId], cancellationToken);
        if (document is null)
        {
            db.SourceDocuments.Add(new SourceDocument { Kind = kind, RecordId = recordId, Rank = rank, Json = json.ToJsonString(SourceJsonOptions) });
        }
        else if (rank > document.Rank)
        {
            document.Rank = rank;
            document.Json = json.ToJsonString(SourceJsonOptions);
        }
        else if (rank == document.Rank)
        {
            document.Json = MergeSameRank(JsonNode.Parse(document.Json)!.AsObject(), json).ToJsonString(SourceJsonOptions);
        }
    }

    /// <summary>Two forms of equal rank: the union of their keys, the later one's values where it has one.</summary>
    private static JsonObject MergeSameRank(JsonObject stored, JsonObject incoming)
    {
        foreach (var (key, value) in incoming)
        {
            if (value is not null || !stored.ContainsKey(key))
            {
                stored[key] = value?.DeepClone();
            }
        }

        return stored;
    }
}
