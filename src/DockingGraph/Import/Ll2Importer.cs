using System.Diagnostics;
using DockingGraph.Changes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DockingGraph.Import;

/// <summary>
/// Imports LL2 docking event bodies (files, or directories of <c>*.json</c>) in one transaction,
/// all or nothing. The input is read as a stream and worked through in chunks of
/// <see cref="ImportOptions.ChunkSize"/> events: what a chunk mentions is loaded in one query per
/// type, merged in memory, written, and forgotten, so time grows with the input and memory does
/// not. A bad body found half-way is rolled back with everything before it. An import that wrote
/// anything advances the store's data version in the same transaction (one that changed nothing
/// leaves it, and every validator made from it, as it was), and this process's copy at its commit.
/// The same transaction records which docking events it created or changed under that version
/// (<see cref="DockingEventChangeEntry"/>) and tells the other instances (<see cref="ChangeNotices"/>);
/// this process's live subscribers hear of it at the commit.
/// </summary>
public sealed class Ll2Importer(IDbContextFactory<DockingDbContext> contexts, ImportOptions options, CurrentDataVersion version, CommittedChanges live, ChangeFeedOptions feedOptions)
{
    public Task<ImportReport> ImportAsync(IReadOnlyList<string> paths, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ApplyAsync(ExpandPaths(paths).Select(Ll2Source.File).ToList(), progress, alsoWrite: null, cancellationToken);

    /// <summary>
    /// Imports <paramref name="sources"/> in one transaction, together with whatever
    /// <paramref name="alsoWrite"/> adds once they are read (the sync's position), so that both
    /// land or neither does.
    /// </summary>
    internal async Task<ImportReport> ApplyAsync(IReadOnlyList<Ll2Source> sources, IProgress<ImportProgress>? progress, Action<DockingDbContext>? alsoWrite, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // The merge changes records through their entries and lists; changes are detected once
        // per chunk, before it is written, not at every entry the merge looks at.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var eventType = db.Model.FindEntityType(typeof(DockingEvent))!;
        var ledger = new ImportLedger();
        var changed = new ChangedDockingEvents();
        var chunk = new List<Ll2Event>(options.ChunkSize);
        var clock = Stopwatch.StartNew();
        long? total = sources.All(s => s.Length is not null) ? sources.Sum(s => s.Length!.Value) : null;
        long finishedBytes = 0;
        var events = 0;
        var wrote = false;

        foreach (var source in sources)
        {
            var reader = new Ll2BodyReader(source.Name);
            try
            {
                await using var stream = source.Open();
                await foreach (var docking in reader.ReadAsync(stream, cancellationToken))
                {
                    chunk.Add(docking);
                    if (chunk.Count == options.ChunkSize)
                    {
                        var written = await WriteChunkAsync(db, eventType, chunk, ledger, changed, cancellationToken);
                        events += written.Events;
                        wrote |= written.Wrote;
                        progress?.Report(new ImportProgress(events, finishedBytes + reader.BytesRead, total, clock.Elapsed));
                    }
                }
            }
            catch (Ll2FormatException ex)
            {
                throw new Ll2ImportException($"{source.Name}: {ex.Message}", ex);
            }
            catch (IOException ex)
            {
                throw new Ll2ImportException($"{source.Name}: cannot be read ({ex.Message})", ex);
            }

            source.Next = reader.Next;
            finishedBytes += reader.BytesRead;
        }

        var last = await WriteChunkAsync(db, eventType, chunk, ledger, changed, cancellationToken);
        events += last.Events;
        wrote |= last.Wrote;
        if (alsoWrite is not null)
        {
            alsoWrite(db);
            db.ChangeTracker.DetectChanges();
            wrote |= db.ChangeTracker.HasChanges();
            await db.SaveChangesAsync(cancellationToken);
        }

        var advanced = wrote ? await DataVersion.AdvanceAsync(db, cancellationToken) : null;
        var notice = advanced is null ? null : new ChangeNotice(advanced, changed.Changes);
        if (notice is not null)
        {
            await changed.WriteAsync(db, notice.Stamp.Version, feedOptions.RetainedVersions, cancellationToken);
            await ChangeNotices.SendAsync(db, notice, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (wrote)
        {
            version.Advanced(advanced);
        }

        if (notice is not null)
        {
            live.Notice(notice);
        }

        progress?.Report(new ImportProgress(events, finishedBytes, total, clock.Elapsed, IsDone: true));
        return new ImportReport(sources.Count, events, ledger.Counts());
    }

    /// <summary>Merges and writes one chunk, then forgets it; returns how many events it held and whether it changed the store.</summary>
    private static async Task<(int Events, bool Wrote)> WriteChunkAsync(DockingDbContext db, Microsoft.EntityFrameworkCore.Metadata.IEntityType eventType, List<Ll2Event> chunk, ImportLedger ledger, ChangedDockingEvents changed, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return (0, false);
        }

        var records = await ChunkRecords.LoadAsync(db, ChunkKeys.Of(eventType, chunk), cancellationToken);
        var merger = new RecordMerger(db, records);
        var type = Ll2RecordType.Of(eventType);
        foreach (var docking in chunk)
        {
            try
            {
                merger.ReadRecord(type, docking.Record, docking.Rank, docking.Source);
            }
            catch (Ll2FormatException ex)
            {
                throw new Ll2ImportException($"{docking.Body}: {ex.Within(docking.Path).Message}", ex);
            }
        }

        records.WriteSources();
        ForgetValuesThatEndedUnchanged(db.ChangeTracker);
        var wrote = db.ChangeTracker.HasChanges();
        var added = ledger.Observe(db.ChangeTracker);
        changed.Observe(db.ChangeTracker, chunk);
        try
        {
            await NewRows.WriteAsync(db, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException or Npgsql.PostgresException or Microsoft.Data.Sqlite.SqliteException)
        {
            // Inputs that agree with LL2's rules but not with each other (two records of one
            // name, say) meet the store's constraints here; the transaction is rolled back.
            throw new Ll2ImportException($"{Span(chunk)}: the store refused the merged records ({(ex.InnerException ?? ex).Message})", ex);
        }

        ledger.Saved(added);
        db.ChangeTracker.Clear();
        var count = chunk.Count;
        chunk.Clear();
        return (count, wrote);
    }

    /// <summary>Where a chunk's events came from, for a message: the first and the last.</summary>
    private static string Span(List<Ll2Event> chunk) =>
        chunk.Count == 1 || (chunk[0].Body == chunk[^1].Body && chunk[0].Path == chunk[^1].Path)
            ? $"{chunk[0].Body}: {chunk[0].Path}"
            : chunk[0].Body == chunk[^1].Body
                ? $"{chunk[0].Body}: {chunk[0].Path} to {chunk[^1].Path}"
                : $"{chunk[0].Body}: {chunk[0].Path} to {chunk[^1].Body}: {chunk[^1].Path}";

    /// <summary>
    /// A value can change and change back within one chunk (the same record at equal rank from a
    /// production and a development host); what ends as it began is not written.
    /// </summary>
    private static void ForgetValuesThatEndedUnchanged(ChangeTracker changes)
    {
        changes.DetectChanges();
        foreach (var entry in changes.Entries().Where(e => e.State == EntityState.Modified).ToList())
        {
            foreach (var property in entry.Properties.Where(p => p.IsModified && Equals(p.OriginalValue, p.CurrentValue)))
            {
                property.IsModified = false;
            }

            if (!entry.Properties.Any(p => p.IsModified))
            {
                entry.State = EntityState.Unchanged;
            }
        }
    }

    private static List<string> ExpandPaths(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            throw new Ll2ImportException("nothing to import: give one or more files or directories of LL2 JSON");
        }

        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new Ll2ImportException($"{path}: no such file or directory");
            }
        }

        return files;
    }
}
