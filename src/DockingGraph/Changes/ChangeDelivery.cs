namespace DockingGraph.Changes;

/// <summary>
/// Runs <see cref="CommittedChanges"/>' delivery for the life of the host, and has every read of the
/// data version that finds it past what was delivered catch up: another process's commit on SQLite,
/// or a notice PostgreSQL could not deliver, reaches subscribers within the refresh interval.
/// </summary>
internal sealed class ChangeDelivery(CommittedChanges changes, CurrentDataVersion version) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        void CatchUpWhenBehind(DataVersionStamp stamp)
        {
            if (stamp.Version > changes.Delivered)
            {
                changes.CatchUp();
            }
        }

        version.Refreshed += CatchUpWhenBehind;
        try
        {
            await changes.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            version.Refreshed -= CatchUpWhenBehind;
        }
    }
}
