using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace DockingGraph.Import;

/// <summary>
/// Imports LL2 docking event bodies (files, or directories of <c>*.json</c>) in one transaction:
/// every file is read and checked first, then all are merged and written together, so a bad file
/// leaves the database exactly as it was.
/// </summary>
public sealed class Ll2Importer(IDbContextFactory<DockingDbContext> contexts)
{
    public async Task<ImportReport> ImportAsync(IReadOnlyList<string> paths, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var files = ExpandPaths(paths);
        var bodies = new List<Ll2Body>();
        foreach (var file in files)
        {
            bodies.Add(InFile(file, () => Ll2Body.Load(file)));
        }

        return await ApplyAsync(bodies, progress, alsoWrite: null, cancellationToken);
    }

    /// <summary>
    /// Merges bodies already read and writes them in one transaction, together with whatever
    /// <paramref name="alsoWrite"/> adds (the sync's position), so that both land or neither does.
    /// </summary>
    internal async Task<ImportReport> ApplyAsync(IReadOnlyList<Ll2Body> bodies, IProgress<string>? progress, Action<DockingDbContext>? alsoWrite, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var merger = new RecordMerger(db);
        var eventType = db.Model.FindEntityType(typeof(DockingEvent))!;
        var total = bodies.Sum(b => b.Events.Count);
        var done = 0;
        foreach (var body in bodies)
        {
            progress?.Report($"{body.File}: {body.Events.Count} docking events");
            foreach (var docking in body.Events)
            {
                try
                {
                    await merger.ReadRecordAsync(eventType, docking.Record, docking.Rank, docking.Path, cancellationToken, docking.Source);
                }
                catch (Ll2FormatException ex)
                {
                    throw new Ll2ImportException($"{body.File}: {ex.Message}", ex);
                }

                if (++done % 100 == 0)
                {
                    progress?.Report($"  {done}/{total} docking events read");
                }
            }
        }

        ForgetValuesThatEndedUnchanged(db.ChangeTracker);
        var report = ImportReport.From(bodies.Count, total, db.ChangeTracker);
        alsoWrite?.Invoke(db);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    /// <summary>
    /// A value can change and change back within one import (the same record at equal rank from a
    /// production and a development host); what ends as it began is not an update.
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

    private static T InFile<T>(string file, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Ll2FormatException ex)
        {
            throw new Ll2ImportException($"{file}: {ex.Message}", ex);
        }
        catch (IOException ex)
        {
            throw new Ll2ImportException($"{file}: cannot be read ({ex.Message})", ex);
        }
    }
}
