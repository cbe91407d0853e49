using DockingGraph.Changes;
using DockingGraph.Features.DockingEvents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DockingGraph.Import;

/// <summary>
/// The docking events an import creates or changes, each once, in the order the import first
/// changes them: created when the store did not hold it, updated when the import changed one of
/// its values or its LL2 body (which holds everything nested in it, as that body gave it). Written
/// at the commit as <see cref="DockingEventChangeEntry"/> rows under the version it reaches.
/// </summary>
internal sealed class ChangedDockingEvents
{
    private readonly HashSet<int> noted = [];
    private readonly List<CommittedChange> changes = [];

    public IReadOnlyList<CommittedChange> Changes => changes;

    /// <summary>
    /// Notes a chunk's changes, after unchanged values were forgotten and before they are saved,
    /// in the order of <paramref name="chunk"/> (the input's), whatever the chunk's size.
    /// </summary>
    public void Observe(ChangeTracker tracker, IEnumerable<Ll2Event> chunk)
    {
        var kinds = new Dictionary<int, DockingEventChangeKind>();
        foreach (var entry in tracker.Entries<DockingEvent>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
            {
                kinds[entry.Entity.Id] = entry.State == EntityState.Added ? DockingEventChangeKind.Created : DockingEventChangeKind.Updated;
            }
        }

        foreach (var entry in tracker.Entries<SourceDocument>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified && entry.Entity.Kind == nameof(DockingEvent) && int.TryParse(entry.Entity.RecordId, out var id))
            {
                kinds.TryAdd(id, DockingEventChangeKind.Updated);
            }
        }

        // An event's first change in the import is its place and its kind: created stays created.
        foreach (var docking in chunk)
        {
            if (docking.Record["id"] is System.Text.Json.Nodes.JsonValue key && key.TryGetValue<int>(out var id) && kinds.TryGetValue(id, out var kind) && noted.Add(id))
            {
                changes.Add(new CommittedChange(id, kind));
            }
        }
    }

    /// <summary>Adds the rows of <paramref name="version"/>, and drops the rows past <paramref name="retained"/> versions before it.</summary>
    public async Task WriteAsync(DockingDbContext db, long version, int retained, CancellationToken cancellationToken)
    {
        var oldest = version - retained;
        await db.Set<DockingEventChangeEntry>().Where(c => c.Version <= oldest).ExecuteDeleteAsync(cancellationToken);
        db.Set<DockingEventChangeEntry>().AddRange(changes.Select((change, position) => new DockingEventChangeEntry
        {
            Version = version,
            Position = position,
            DockingEventId = change.DockingEventId,
            Kind = change.Kind,
        }));
        await NewRows.WriteAsync(db, cancellationToken);
        db.ChangeTracker.Clear();
    }
}
