using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DockingGraph.Changes;

/// <summary>
/// On PostgreSQL, one connection of this instance's own that <c>LISTEN</c>s on
/// <see cref="ChangeNotices.Channel"/> and hands every notice to <see cref="CommittedChanges"/>.
/// A connection that drops (a restart, <c>pg_terminate_backend</c>, a network cut) is opened again,
/// waiting longer after each failure; once listening again it asks for a catch-up, which reads
/// what was committed meanwhile from the store by data version.
/// </summary>
public sealed partial class PostgresChangeListener(IDbContextFactory<DockingDbContext> contexts, CommittedChanges changes, ChangeFeedOptions options, ILogger<PostgresChangeListener> logger) : BackgroundService
{
    /// <summary>The listening connection's <c>application_name</c>, as <c>pg_stat_activity</c> shows it.</summary>
    public const string ApplicationName = "dockinggraph-change-listener";

    private volatile bool listening;

    /// <summary>Whether the listening connection is open.</summary>
    public bool IsListening => listening;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string connectionString;
        await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
        {
            if (!db.Database.IsNpgsql())
            {
                return;
            }

            // A connection of its own, outside the pool: it is held for the life of the process.
            connectionString = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false, KeepAlive = 30, ApplicationName = ApplicationName }.ToString();
        }

        var wait = options.CatchUpRetry;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A connection that was listening is tried again soon; one that keeps failing, less often.
                wait = listening ? options.CatchUpRetry : wait;
                listening = false;
                LogDropped(logger, ex.Message, wait);
                try
                {
                    await Task.Delay(wait, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, options.MaxReconnectDelay.Ticks));
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stoppingToken);
        connection.Notification += (_, e) =>
        {
            if (ChangeNotices.Parse(e.Payload) is { } notice)
            {
                changes.Notice(notice);
            }
            else
            {
                changes.CatchUp();
            }
        };

        await using (var listen = new NpgsqlCommand($"LISTEN {ChangeNotices.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Whatever was committed while this instance was not listening.
        listening = true;
        changes.CatchUp();
        LogListening(logger);
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Live updates: listening for other instances' commits")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live updates: the listening connection dropped ({Reason}); reconnecting in {Wait}")]
    private static partial void LogDropped(ILogger logger, string reason, TimeSpan wait);
}
