using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Sync;

/// <summary>
/// The same sync as <c>import --from-api</c>, run by the server every <c>Sync:Interval</c> from
/// <c>Sync:Source</c> (off unless an interval is set). Across many instances over one PostgreSQL,
/// an advisory lock lets exactly one of them sync in a round; the others skip it. No run's failure
/// stops the host, whatever LL2 answered or the store did: it is one warning line (the address and
/// what was wrong), the page it failed on is not stored, and the next interval tries again. Only
/// the host's own shutdown ends the schedule.
/// </summary>
internal sealed partial class ScheduledSync(IServiceProvider services, SyncOptions options, ILogger<ScheduledSync> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Interval;
        if (interval is not { Ticks: > 0 })
        {
            return;
        }

        var source = options.Source;
        using var timer = new PeriodicTimer(interval.Value);
        do
        {
            try
            {
                await using var db = await services.GetRequiredService<IDbContextFactory<DockingDbContext>>().CreateDbContextAsync(stoppingToken);
                await using var syncing = await StoreLock.TryAcquireAsync(db, "sync", stoppingToken);
                if (syncing is null)
                {
                    // Another instance is syncing this round.
                    continue;
                }

                var state = await services.GetRequiredService<Ll2ApiSync>().RunAsync(source, progress: null, stoppingToken);
                LogSynced(logger, state.PagesApplied, source);
            }
            catch (Ll2SyncException ex)
            {
                LogStopped(logger, ex.Message);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // Not the sync's own (the store unreachable, say): still one line, and the next interval tries again.
                LogFailed(logger, source, $"{ex.GetType().Name}: {ex.Message}", ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Synced {Pages} pages from {Source}")]
    private static partial void LogSynced(ILogger logger, int pages, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sync stopped: {Reason}; it resumes at the next interval")]
    private static partial void LogStopped(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sync from {Source} failed: {Reason}; it resumes at the next interval")]
    private static partial void LogFailed(ILogger logger, string source, string reason, Exception exception);
}
