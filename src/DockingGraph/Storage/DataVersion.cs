using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Storage;

/// <summary>
/// The store's one row saying how often its data has changed. Import and sync advance it inside
/// the transaction that writes their data, so a version names one state of the data: what a
/// response was made from. HTTP validators and the response cache are keyed by it.
/// </summary>
public sealed class DataVersion
{
    /// <summary>The only row's key (a check constraint keeps it the only one).</summary>
    public const int RowId = 1;

    public int Id { get; set; } = RowId;

    /// <summary>0 for a store no import has written yet; one more for each import or sync page that wrote something.</summary>
    public long Version { get; set; }

    /// <summary>
    /// When it last advanced. Part of the stamp because two stores (a rebuilt one, a restored
    /// backup) can reach the same count with different data; the count and the time together do not.
    /// </summary>
    public DateTime ChangedAt { get; set; }

    /// <summary>Advances the version inside the caller's transaction and returns the new stamp (null: the store has no version row).</summary>
    public static async Task<DataVersionStamp?> AdvanceAsync(DockingDbContext db, CancellationToken cancellationToken)
    {
        var now = DateTime.UtcNow;
        await db.Set<DataVersion>()
            .Where(v => v.Id == RowId)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.Version, v => v.Version + 1).SetProperty(v => v.ChangedAt, now), cancellationToken);

        // Read back rather than computed: the store keeps the time at its own precision
        // (microseconds on PostgreSQL), and every instance must derive the same stamp from it.
        return await ReadAsync(db, cancellationToken);
    }

    /// <summary>The stamp as the store has it, in one statement (null: no version row).</summary>
    public static Task<DataVersionStamp?> ReadAsync(DockingDbContext db, CancellationToken cancellationToken) =>
        db.Set<DataVersion>()
            .AsNoTracking()
            .Where(v => v.Id == RowId)
            .Select(v => new DataVersionStamp(v.Version, v.ChangedAt))
            .SingleOrDefaultAsync(cancellationToken);
}

/// <summary>One state of the store's data: its version and when it was reached.</summary>
public sealed record DataVersionStamp(long Version, DateTime ChangedAt);
