using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DockingGraph.Import;

/// <summary>
/// The records one chunk of events works on, tracked by the chunk's context: what the store holds
/// of every record the chunk mentions (loaded in one query per type, and the stored entries of its
/// lists in one query per list), and what the chunk creates. Lookups during the merge never go to
/// the database.
/// </summary>
internal sealed class ChunkRecords
{
    private static readonly MethodInfo LoadWhereMethod = typeof(ChunkRecords).GetMethod(nameof(LoadWhereAsync), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo LoadNamedMethod = typeof(ChunkRecords).GetMethod(nameof(LoadNamedAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly DockingDbContext db;
    private readonly Dictionary<(Ll2RecordType Type, object Id), object> byId = [];
    private readonly Dictionary<(Ll2RecordType Type, string Name), INameKeyedRecord> byName = [];
    private readonly Dictionary<(string Kind, string RecordId), SourceDraft> sources = [];

    private ChunkRecords(DockingDbContext db) => this.db = db;

    public static async Task<ChunkRecords> LoadAsync(DockingDbContext db, ChunkKeys keys, CancellationToken cancellationToken)
    {
        var records = new ChunkRecords(db);
        var sourceIds = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (type, ids) in keys.Ids.Where(k => k.Key.Identity == Ll2Identity.Id))
        {
            var key = type.Key!;
            foreach (var found in await LoadWhere(db, type.Entity.ClrType, key, ids, cancellationToken))
            {
                records.byId[(type, key.GetGetter().GetClrValue(found)!)] = found;
            }

            SourceIdsOf(sourceIds, type).UnionWith(ids.Select(RecordIdOf));
        }

        foreach (var type in keys.Names.Keys.Union(keys.Ids.Keys.Where(t => t.Identity == Ll2Identity.Name)).ToList())
        {
            var ids = keys.Ids.GetValueOrDefault(type)?.Cast<int>().ToList() ?? [];
            var names = keys.Names.GetValueOrDefault(type)?.ToList() ?? [];
            var load = (Task<IList>)LoadNamedMethod.MakeGenericMethod(type.Entity.ClrType).Invoke(null, [db, ids, names, cancellationToken])!;
            foreach (INameKeyedRecord found in await load)
            {
                records.Index(type, found);
                SourceIdsOf(sourceIds, type).Add(RecordIdOf(found));
            }

            SourceIdsOf(sourceIds, type).UnionWith(names.Concat(ids.Select(id => RecordIdOf(id))));
        }

        await records.LoadListsAsync(keys, cancellationToken);
        var wanted = sourceIds.SelectMany(s => s.Value.Select(id => (Kind: s.Key, RecordId: id))).ToList();
        foreach (var document in await SourceDocumentsAsync(db, wanted, cancellationToken))
        {
            records.sources[(document.Kind, document.RecordId)] = new SourceDraft(document);
        }

        return records;
    }

    /// <summary>
    /// The stored source documents of (kind, record id) pairs, in one query for every kind: the
    /// pairs go as one parameter (two arrays on PostgreSQL, a JSON list on SQLite), which LINQ
    /// cannot say of a two-column key.
    /// </summary>
    private static Task<List<SourceDocument>> SourceDocumentsAsync(DockingDbContext db, List<(string Kind, string RecordId)> wanted, CancellationToken cancellationToken)
    {
        var documents = db.Database.IsNpgsql()
            ? db.Set<SourceDocument>().FromSqlRaw(
                """SELECT d.* FROM "SourceDocuments" AS d JOIN unnest({0}, {1}) AS k("Kind", "RecordId") ON d."Kind" = k."Kind" AND d."RecordId" = k."RecordId" """,
                wanted.Select(w => w.Kind).ToArray(),
                wanted.Select(w => w.RecordId).ToArray())
            : db.Set<SourceDocument>().FromSqlRaw(
                """SELECT * FROM "SourceDocuments" WHERE ("Kind", "RecordId") IN (SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each({0}))""",
                JsonSerializer.Serialize(wanted.Select(w => new[] { w.Kind, w.RecordId })));
        return documents.ToListAsync(cancellationToken);
    }

    /// <summary>The LL2 id of a record as its source document names it (launch ids are UUIDs).</summary>
    public static string RecordIdOf(object id) => Convert.ToString(id, CultureInfo.InvariantCulture)!;

    public static string RecordIdOf(INameKeyedRecord record) => record.Name ?? (record.Id is { } id ? RecordIdOf(id) : "");

    public object? Find(Ll2RecordType type, object id) => byId.GetValueOrDefault((type, id));

    public INameKeyedRecord? FindNamed(Ll2RecordType type, int? id, string? name) =>
        (id is null ? null : byId.GetValueOrDefault((type, id.Value)) as INameKeyedRecord)
        ?? (name is null ? null : byName.GetValueOrDefault((type, name)));

    /// <summary>A record the store does not hold yet, from now on part of the chunk.</summary>
    public void Add(Ll2RecordType type, object record)
    {
        db.Add(record);
        if (record is INameKeyedRecord named)
        {
            Index(type, named);
        }
        else
        {
            byId[(type, type.Key!.GetGetter().GetClrValue(record)!)] = record;
        }
    }

    /// <summary>A name-keyed record that has just learnt its LL2 id.</summary>
    public void Index(Ll2RecordType type, INameKeyedRecord record)
    {
        if (record.Id is { } id)
        {
            byId[(type, id)] = record;
        }

        if (record.Name is { } name)
        {
            byName[(type, name)] = record;
        }
    }

    /// <summary>Keeps a form of a record's JSON (see <see cref="SourceDraft"/>).</summary>
    public void KeepSource(string kind, string recordId, JsonObject json, FormRank rank)
    {
        if (sources.TryGetValue((kind, recordId), out var draft))
        {
            draft.Add(json, rank);
            return;
        }

        var document = new SourceDocument { Kind = kind, RecordId = recordId, Rank = rank };
        db.Set<SourceDocument>().Add(document);
        sources[(kind, recordId)] = new SourceDraft(document, json);
    }

    /// <summary>Puts the chunk's merged source JSON into its documents, before they are saved.</summary>
    public void WriteSources()
    {
        foreach (var draft in sources.Values)
        {
            draft.Write();
        }
    }

    /// <summary>
    /// The stored entries of every list the chunk gives, for the records the store already holds,
    /// in one query per list; each such list is then complete in memory.
    /// </summary>
    private async Task LoadListsAsync(ChunkKeys keys, CancellationToken cancellationToken)
    {
        foreach (var (navigation, owners) in keys.ListOwners)
        {
            var ownerType = Ll2RecordType.Of(navigation.DeclaringEntityType);
            var stored = owners.Select(owner => Find(ownerType, owner)).OfType<object>().ToList();
            if (stored.Count == 0)
            {
                continue;
            }

            var foreignKey = navigation.ForeignKey.Properties.Single();
            await LoadWhere(db, navigation.TargetEntityType.ClrType, foreignKey, owners, cancellationToken);
            foreach (var owner in stored)
            {
                db.Entry(owner).Navigation(navigation.Name).IsLoaded = true;
            }
        }
    }

    private static HashSet<string> SourceIdsOf(Dictionary<string, HashSet<string>> sourceIds, Ll2RecordType type)
    {
        if (!sourceIds.TryGetValue(type.Name, out var ids))
        {
            sourceIds[type.Name] = ids = new HashSet<string>(StringComparer.Ordinal);
        }

        return ids;
    }

    private static Task<IList> LoadWhere(DbContext db, Type entity, IProperty property, IEnumerable<object> values, CancellationToken cancellationToken) =>
        (Task<IList>)LoadWhereMethod.MakeGenericMethod(entity, property.ClrType).Invoke(null, [db, property.Name, values, cancellationToken])!;

    private static async Task<IList> LoadWhereAsync<TEntity, TValue>(DbContext db, string property, IEnumerable<object> values, CancellationToken cancellationToken)
        where TEntity : class
    {
        // One parameter holding the list (JSON on SQLite, an array on PostgreSQL): one SQL text
        // and one cached plan however many keys a chunk has.
        var wanted = values.Cast<TValue>().ToList();
        return await db.Set<TEntity>().Where(e => EF.Parameter(wanted).Contains(EF.Property<TValue>(e, property))).ToListAsync(cancellationToken);
    }

    private static async Task<IList> LoadNamedAsync<TEntity>(DbContext db, List<int> ids, List<string> names, CancellationToken cancellationToken)
        where TEntity : class, INameKeyedRecord
    {
        return await db.Set<TEntity>()
            .Where(r => (r.Id != null && EF.Parameter(ids).Contains(r.Id.Value)) || (r.Name != null && EF.Parameter(names).Contains(r.Name)))
            .ToListAsync(cancellationToken);
    }
}
