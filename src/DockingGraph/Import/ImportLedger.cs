using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DockingGraph.Import;

/// <summary>
/// What an import has done to each record across its chunks, for the report: which records it
/// created, and for the others the values they had when the import first touched them, so that
/// a record whose values end as they began is not counted as updated even when chunks between
/// changed it. It keeps a key per record created and a row of values per record updated, not
/// the records.
/// </summary>
internal sealed class ImportLedger
{
    private readonly Dictionary<string, CreatedKeys> created = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<object, FirstSeen>> touched = new(StringComparer.Ordinal);

    /// <summary>Notes the chunk's changes before they are saved; returns the records it adds, whose keys the store may only give on saving.</summary>
    public List<EntityEntry<Ll2Record>> Observe(ChangeTracker changes)
    {
        var added = new List<EntityEntry<Ll2Record>>();
        foreach (var entry in changes.Entries<Ll2Record>())
        {
            if (entry.State == EntityState.Added)
            {
                added.Add(entry);
                continue;
            }

            if (entry.State != EntityState.Modified)
            {
                continue;
            }

            var type = entry.Metadata.ClrType.Name;
            var key = KeyOf(entry);
            if (created.TryGetValue(type, out var keys) && keys.Contains(key))
            {
                continue;
            }

            var records = touched.TryGetValue(type, out var known) ? known : touched[type] = [];
            if (!records.TryGetValue(key, out var first))
            {
                records[key] = first = new FirstSeen(entry.Properties.Select(p => p.OriginalValue).ToArray());
            }

            first.Differs = !entry.Properties.Select(p => p.CurrentValue).SequenceEqual(first.Values);
        }

        return added;
    }

    public void Saved(IEnumerable<EntityEntry<Ll2Record>> added)
    {
        foreach (var entry in added)
        {
            var type = entry.Metadata.ClrType.Name;
            (created.TryGetValue(type, out var keys) ? keys : created[type] = new CreatedKeys()).Add(KeyOf(entry));
        }
    }

    public IReadOnlyDictionary<string, (int New, int Updated)> Counts() =>
        created.Keys.Union(touched.Keys)
            .Select(type => (type, New: created.GetValueOrDefault(type)?.Count ?? 0, Updated: touched.GetValueOrDefault(type)?.Values.Count(r => r.Differs) ?? 0))
            .Where(c => c.New > 0 || c.Updated > 0)
            .OrderBy(c => c.type, StringComparer.Ordinal)
            .ToDictionary(c => c.type, c => (c.New, c.Updated));

    private static object KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey()!.Properties;
        return key.Count == 1 && entry.Property(key[0]).CurrentValue is int or string
            ? entry.Property(key[0]).CurrentValue!
            : RowKey.Of(entry, key);
    }

    /// <summary>
    /// The keys of the records an import created, of one type: an int key is kept as an int, not
    /// boxed, so that a million records cost some megabytes rather than a million objects for the
    /// collector to walk.
    /// </summary>
    private sealed class CreatedKeys
    {
        private readonly HashSet<int> numbers = [];
        private readonly HashSet<string> texts = new(StringComparer.Ordinal);

        public int Count => numbers.Count + texts.Count;

        public void Add(object key)
        {
            if (key is int number)
            {
                numbers.Add(number);
            }
            else
            {
                texts.Add((string)key);
            }
        }

        public bool Contains(object key) => key is int number ? numbers.Contains(number) : texts.Contains((string)key);
    }

    private sealed class FirstSeen(object?[] values)
    {
        public object?[] Values { get; } = values;

        public bool Differs { get; set; }
    }
}
