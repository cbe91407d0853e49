using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using DockingGraph.Startup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DockingGraph.Storage;

/// <summary>
/// The first connection of a start. A PostgreSQL that is not up yet (compose starts the database and
/// the gateways together) is tried again with a doubling wait for <c>Database:StartupTimeout</c>,
/// saying so; a store that cannot be reached or opened ends the start with one line (<see cref="StartupFailureException"/>).
/// </summary>
public static partial class StoreStartup
{
    private static readonly TimeSpan FirstWait = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(5);

    /// <summary>Opens the context's connection (left open for the caller's work), waiting for PostgreSQL as configured.</summary>
    public static async Task OpenAsync(DockingDbContext db, StoreOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var store = DockingStore.Describe(db);

        // The timeout counts from the first refusal, not from before the first attempt: on a slow
        // machine that first attempt alone can take a while, and the wait is for the store.
        var clock = new Stopwatch();
        var wait = FirstWait;
        while (true)
        {
            try
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                return;
            }
            catch (SqliteException ex)
            {
                throw new StartupFailureException($"the {store} cannot be opened: {ex.Message} (set {StoreOptions.ConnectionSetting} to a file the gateway can write)", ex);
            }
            catch (InvalidOperationException ex) when (ex.InnerException is NpgsqlException)
            {
                // EF Core's execution strategy wraps what Npgsql calls transient.
                wait = await WaitOrFailAsync(ex.InnerException, store, options, clock, wait, logger, cancellationToken);
            }
            catch (NpgsqlException ex)
            {
                wait = await WaitOrFailAsync(ex, store, options, clock, wait, logger, cancellationToken);
            }
        }
    }

    private static async Task<TimeSpan> WaitOrFailAsync(Exception ex, string store, StoreOptions options, Stopwatch clock, TimeSpan wait, ILogger logger, CancellationToken cancellationToken)
    {
        if (!IsNotUpYet(ex))
        {
            // Not a matter of time: a wrong password, a database that does not exist.
            throw new StartupFailureException($"the {store} refused the connection: {Reason(ex)} (check {StoreOptions.ConnectionSetting})", ex);
        }

        clock.Start();
        var left = options.StartupTimeout - clock.Elapsed;
        if (left <= TimeSpan.Zero)
        {
            throw new StartupFailureException($"the {store} could not be reached within {Seconds(options.StartupTimeout)} ({StoreOptions.Section}:StartupTimeout): {Reason(ex)}", ex);
        }

        wait = wait < left ? wait : left;
        LogWaiting(logger, store, Reason(ex), Seconds(wait), Seconds(left));
        await Task.Delay(wait, cancellationToken);
        return TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestWait.Ticks));
    }

    private static bool IsNotUpYet(Exception ex) => ex switch
    {
        PostgresException postgres => postgres.IsTransient,
        NpgsqlException npgsql => npgsql.IsTransient || npgsql.InnerException is SocketException or IOException or TimeoutException,
        _ => false,
    };

    private static string Reason(Exception ex) =>
        ex.InnerException is SocketException or IOException ? $"{ex.Message.TrimEnd('.')}: {ex.InnerException.Message}" : ex.Message;

    private static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.#} s");

    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Store} is not reachable yet ({Reason}); trying again in {Wait}, giving up in {Left}")]
    private static partial void LogWaiting(ILogger logger, string store, string reason, string wait, string left);
}
