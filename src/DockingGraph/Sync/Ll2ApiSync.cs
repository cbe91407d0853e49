using System.Web;
using DockingGraph.Import;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Sync;

/// <summary>
/// Brings the store up to date from an LL2 list endpoint (2.3.0 <c>docking_events</c>, detailed
/// mode, 100 a page unless the address says otherwise), following its <c>next</c> links to the
/// end. Each page is applied atomically with the file import's merge rules, together with the
/// position of the sync, so an interrupted sync resumes from the last applied page when it runs
/// again; a malformed page stops the sync with nothing of that page stored. A <c>next</c> is
/// followed only when it is an absolute http(s) address of the same origin as the endpoint (same
/// scheme, host and port: the API key goes with every request, and an upstream must not point the
/// gateway at other hosts) unless <c>LL2:FollowOtherHosts</c> allows other hosts, and only when the
/// sync has not read it already in this run; a page whose <c>next</c> is refused is not stored.
/// </summary>
public sealed class Ll2ApiSync(Ll2ApiClient client, Ll2Importer importer, IDbContextFactory<DockingDbContext> contexts, Ll2ApiOptions options)
{
    /// <summary>The longest address of a page the sync follows: LL2's are about 100 characters.</summary>
    public const int MaxAddressLength = 2048;

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
            var origin = new Uri(source);
            var read = new HashSet<string>(StringComparer.Ordinal);
            var address = resuming ? Followable(origin, next, "the stored position of the sync") : origin;

            while (true)
            {
                read.Add(address.AbsoluteUri);
                Ll2Source page;
                ImportReport report;
                try
                {
                    page = Ll2Source.Page(next, await client.GetPageAsync(address, progress, cancellationToken));
                    report = await importer.ApplyAsync([page], progress: null, alsoWrite: store => Record(store, source, Checked(origin, page, read), pages + 1, started), cancellationToken);
                }
                catch (Ll2ImportException ex)
                {
                    throw new Ll2SyncException($"{ex.Message}; the pages before it are stored, and the sync resumes here when run again", ex);
                }
                catch (Exception ex) when (ex is not Ll2SyncException && !cancellationToken.IsCancellationRequested)
                {
                    throw new Ll2SyncException($"{next}: the page could not be read or applied ({ex.GetType().Name}: {ex.Message}); nothing of it is stored, and the sync resumes here when run again", ex);
                }

                pages++;
                progress?.Report($"page {pages}: {report.Events} docking events, {report.TotalNew} records new, {report.TotalUpdated} updated ({next})");
                if (page.Next is null)
                {
                    return await db.Set<SyncState>().AsNoTracking().SingleAsync(s => s.Source == source, cancellationToken);
                }

                next = page.Next;
                address = new Uri(next);
            }
        }
    }

    /// <summary>The page's <c>next</c>, when the sync may follow it; a refused one refuses the page, so that the sync does not resume there.</summary>
    private string? Checked(Uri origin, Ll2Source page, HashSet<string> read)
    {
        if (page.Next is null)
        {
            return null;
        }

        var next = Followable(origin, page.Next, $"{page.Name}: `next`", "; the page is not stored, and the sync reads it again when run again");
        if (read.Contains(next.AbsoluteUri))
        {
            throw new Ll2SyncException($"{page.Name}: `next` points back at a page this sync has read already ({page.Next}), so the sync would never end; the page is not stored, and the sync reads it again when run again");
        }

        return page.Next;
    }

    /// <summary>An address the sync may read: absolute http(s), of the endpoint's origin unless <c>LL2:FollowOtherHosts</c>.</summary>
    private Uri Followable(Uri origin, string address, string what, string consequence = "")
    {
        if (address.Length > MaxAddressLength)
        {
            throw new Ll2SyncException($"{what} is {address.Length} characters long ({Shown(address)}), more than the {MaxAddressLength} an address of a page may have; the sync does not follow it{consequence}");
        }

        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new Ll2SyncException($"{what} is not an absolute http(s) address ({Shown(address)}); the sync does not follow it{consequence}");
        }

        if (!options.FollowOtherHosts && Uri.Compare(uri, origin, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new Ll2SyncException($"{what} points at another origin than {origin.GetLeftPart(UriPartial.Authority)} ({Shown(address)}); the sync follows only its endpoint's own scheme, host and port unless LL2:FollowOtherHosts is true{consequence}");
        }

        return uri;
    }

    /// <summary>An address as a message quotes it: on one line, at most 200 characters.</summary>
    private static string Shown(string address) =>
        string.Concat(address.Take(200).Select(c => char.IsControl(c) ? '?' : c)) + (address.Length > 200 ? "..." : "");

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
