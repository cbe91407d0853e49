using System.Web;
using DockingGraph.Import;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Sync;

/// <summary>
/// Brings the store up to date from an LL2 list endpoint (2.3.0 <c>docking_events</c>, detailed
/// mode, 100 a page unless the address says otherwise), following its <c>next</c> links to the
/// end. Each page is applied atomically with the file import's merge rules, together with the
/// position of the sync, so an interrupted sync resumes from the last applied page when it runs
/// again; a malformed page stops the sync with nothing of that page stored.
/// </summary>
public sealed class Ll2ApiSync(Ll2ApiClient client, Ll2Importer importer, IDbContextFactory<DockingDbContext> contexts)
{
    public async Task<SyncState> RunAsync(string endpoint, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var source = WithDefaults(endpoint);
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var known = await db.Set<SyncState>().AsNoTracking().SingleOrDefaultAsync(s => s.Source == source, cancellationToken);
            var resuming = known is { CompletedAt: null, NextUrl: not null };
            var next = resuming ? known!.NextUrl! : source;
            progress?.Report(resuming ? $"resuming the sync of {source} at {next}" : $"syncing from {source}");
            var started = resuming ? known!.StartedAt : DateTime.UtcNow;
            var pages = resuming ? known!.PagesApplied : 0;

            while (true)
            {
                var json = await client.GetPageAsync(new Uri(next), progress, cancellationToken);
                var page = Ll2Source.Page(next, json);
                ImportReport report;
                try
                {
                    report = await importer.ApplyAsync([page], progress: null, alsoWrite: store => Record(store, source, page.Next, pages + 1, started), cancellationToken);
                }
                catch (Ll2ImportException ex)
                {
                    throw new Ll2SyncException($"{ex.Message}; the pages before it are stored, and the sync resumes here when run again", ex);
                }

                pages++;
                progress?.Report($"page {pages}: {report.Events} docking events, {report.TotalNew} records new, {report.TotalUpdated} updated ({next})");
                if (page.Next is null)
                {
                    return await db.Set<SyncState>().AsNoTracking().SingleAsync(s => s.Source == source, cancellationToken);
                }

                next = page.Next;
            }
        }
    }

    /// <summary>The address with LL2's detailed mode and its largest page, unless it says otherwise.</summary>
    public static string WithDefaults(string endpoint)
    {
        var address = new UriBuilder(endpoint);
        var query = HttpUtility.ParseQueryString(address.Query);
        query["mode"] ??= "detailed";
        query["limit"] ??= "100";
        address.Query = query.ToString();
        return address.Uri.ToString();
    }

    private static void Record(DockingDbContext store, string source, string? next, int pages, DateTime started)
    {
        var state = store.Set<SyncState>().Find(source);
        if (state is null)
        {
            state = new SyncState { Source = source };
            store.Add(state);
        }

        var now = DateTime.UtcNow;
        state.StartedAt = started;
        state.NextUrl = next;
        state.PagesApplied = pages;
        state.LastPageAt = now;
        state.CompletedAt = next is null ? now : null;
    }
}
