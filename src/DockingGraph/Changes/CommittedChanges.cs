using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Changes;

/// <summary>
/// The commits this instance hears of, delivered to its listeners (the live subscriptions) each
/// once, in commit order, with nothing left out. Notices come from this process's own commits, from
/// other instances through PostgreSQL (<see cref="PostgresChangeListener"/>), and from the data
/// version's refresh; they are worked through one at a time. A notice that follows the last
/// delivered version and carries its changes is delivered as it is; anything else (a gap, a notice
/// without its changes, one heard twice) is settled against the store: the changes of every version
/// past the last delivered are read from <c>DockingEventChanges</c>, and a version already delivered
/// is not delivered again.
/// </summary>
public sealed partial class CommittedChanges(IDbContextFactory<DockingDbContext> contexts, CurrentDataVersion version, ChangeFeedOptions options, ILogger<CommittedChanges> logger)
{
    /// <summary>The notices heard, in order; null asks for a catch-up.</summary>
    private readonly Channel<ChangeNotice?> notices = Channel.CreateUnbounded<ChangeNotice?>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock listening = new();
    private Action<CommittedBatch>[] listeners = [];
    private long delivered = -1;

    /// <summary>The last data version delivered (-1 before the first read of the store).</summary>
    public long Delivered => Interlocked.Read(ref delivered);

    /// <summary>Hears of a commit; returns at once (the work is done in order, elsewhere).</summary>
    public void Notice(ChangeNotice notice) => notices.Writer.TryWrite(notice);

    /// <summary>Asks for whatever the store holds past what was delivered (after a listener reconnects, or a notice that could not be read).</summary>
    public void CatchUp() => notices.Writer.TryWrite(null);

    /// <summary>
    /// Calls <paramref name="listener"/> with every batch delivered from now on, in order, on the
    /// delivering thread: it must only hand the batch on. Disposing stops it.
    /// </summary>
    public IDisposable Listen(Action<CommittedBatch> listener)
    {
        lock (listening)
        {
            listeners = [.. listeners, listener];
        }

        return new Listening(this, listener);
    }

    /// <summary>Works through the notices until <paramref name="stopping"/>; the host runs it (<see cref="ChangeDelivery"/>).</summary>
    internal async Task RunAsync(CancellationToken stopping)
    {
        // What the store held when this instance started is not news; what it commits from now on is.
        while (Delivered < 0)
        {
            try
            {
                await using var db = await contexts.CreateDbContextAsync(stopping);
                Interlocked.Exchange(ref delivered, (await DataVersion.ReadAsync(db, stopping))?.Version ?? 0);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
            {
                LogCatchUpFailed(logger, ex.Message);
                await Task.Delay(options.CatchUpRetry, stopping);
            }
        }

        await foreach (var notice in notices.Reader.ReadAllAsync(stopping))
        {
            try
            {
                await DeliverAsync(notice, stopping);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stopping.IsCancellationRequested)
            {
                // The store could not be read: nothing was delivered past the last version, and
                // the next notice (or the retry) reads the gap again.
                LogCatchUpFailed(logger, ex.Message);
                _ = RetryLaterAsync(stopping);
            }
        }
    }

    /// <param name="notice">A commit's notice, or null for a catch-up.</param>
    private async Task DeliverAsync(ChangeNotice? notice, CancellationToken cancellationToken)
    {
        var last = Delivered;
        if (notice is not null && notice.Stamp.Version <= last)
        {
            return;
        }

        if (notice is { Changes: { } changes } && notice.Stamp.Version == last + 1)
        {
            Publish(new CommittedBatch(notice.Stamp.Version, changes));
            Settle(notice.Stamp);
            return;
        }

        // Everything the store holds past the last delivered: the notices of what it reads here
        // are then heard as already delivered.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await DataVersion.ReadAsync(db, cancellationToken) is not { } stamp || stamp.Version <= last)
        {
            return;
        }

        var rows = await db.Set<DockingEventChangeEntry>()
            .AsNoTracking()
            .Where(c => c.Version > last && c.Version <= stamp.Version)
            .OrderBy(c => c.Version).ThenBy(c => c.Position)
            .Select(c => new { c.Version, c.DockingEventId, c.Kind })
            .ToListAsync(cancellationToken);
        foreach (var batch in rows.GroupBy(r => r.Version))
        {
            Publish(new CommittedBatch(batch.Key, [.. batch.Select(r => new CommittedChange(r.DockingEventId, r.Kind))]));
        }

        Settle(stamp);
    }

    /// <summary>Marks <paramref name="stamp"/> delivered, and this instance's data version as at least it.</summary>
    private void Settle(DataVersionStamp stamp)
    {
        Interlocked.Exchange(ref delivered, stamp.Version);
        version.Advanced(stamp);
    }

    private void Publish(CommittedBatch batch)
    {
        foreach (var listener in Volatile.Read(ref listeners))
        {
            listener(batch);
        }
    }

    private async Task RetryLaterAsync(CancellationToken stopping)
    {
        try
        {
            await Task.Delay(options.CatchUpRetry, stopping);
            CatchUp();
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live updates could not read the store's changes ({Reason}); trying again")]
    private static partial void LogCatchUpFailed(ILogger logger, string reason);

    private sealed class Listening(CommittedChanges changes, Action<CommittedBatch> listener) : IDisposable
    {
        public void Dispose()
        {
            lock (changes.listening)
            {
                changes.listeners = [.. changes.listeners.Where(l => l != listener)];
            }
        }
    }
}
