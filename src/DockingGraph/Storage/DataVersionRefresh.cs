namespace DockingGraph.Storage;

/// <summary>
/// Reads the store's data version every <c>Caching:DataVersionRefreshInterval</c>, so that an
/// import or sync by another instance over the same store is seen within it. A failed read is
/// logged and leaves the version unknown (no validators) until a read succeeds.
/// </summary>
internal sealed partial class DataVersionRefresh(CurrentDataVersion version, DataVersionOptions options, ILogger<DataVersionRefresh> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first read is the store's preparation's; this one starts an interval later.
        using var timer = new PeriodicTimer(options.DataVersionRefreshInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await version.RefreshAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Whatever the store threw: the next tick tries again, and the host keeps serving.
                    LogFailed(logger, ex.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping, or never started.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The store's data version could not be read ({Reason}); responses carry no ETag until it can")]
    private static partial void LogFailed(ILogger logger, string reason);
}
