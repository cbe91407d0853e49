using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace DockingGraph.Storage;

/// <summary>
/// A request's cancellation (its execution timeout, a client gone) reaches the statement it is
/// waiting for. Npgsql cancels a PostgreSQL statement when its token fires; SQLite's
/// <c>SqliteCommand.Cancel()</c> does nothing, so on SQLite this interceptor interrupts the
/// connection (<c>sqlite3_interrupt</c>) while one of its statements runs for a cancellable request.
/// A statement stopped that way fails with the store's own error, which
/// <see cref="StoppedByCancellation{T}"/> turns back into the cancellation it is.
/// </summary>
public sealed class StoreCancellation : DbCommandInterceptor
{
    public static readonly StoreCancellation Interceptor = new();

    private readonly ConcurrentDictionary<DbCommand, CancellationTokenRegistration> running = new();

    private StoreCancellation()
    {
    }

    /// <summary>Awaits store work; a failure while <paramref name="cancellationToken"/> is cancelled is that cancellation.</summary>
    public static async Task<T> StoppedByCancellation<T>(Task<T> work, CancellationToken cancellationToken)
    {
        try
        {
            return await work;
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is not OperationCanceledException)
        {
            throw new OperationCanceledException("The store's statement was stopped: the request was cancelled.", ex, cancellationToken);
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Watch(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>A reader's statement runs while its rows are read: watched until the reader is closed.</summary>
    public override InterceptionResult DataReaderClosing(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
    {
        Release(command);
        return result;
    }

    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Release(command);
        return result;
    }

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command);
        return Task.CompletedTask;
    }

    private void Watch(DbCommand command, CancellationToken cancellationToken)
    {
        if (command is SqliteCommand { Connection: { } connection } && cancellationToken.CanBeCanceled)
        {
            running[command] = cancellationToken.Register(() =>
            {
                // Only an open connection has a statement to stop (a closed one has no handle).
                if (connection.Handle is { IsInvalid: false, IsClosed: false } handle)
                {
                    raw.sqlite3_interrupt(handle);
                }
            });
        }
    }

    private void Release(DbCommand command)
    {
        if (running.TryRemove(command, out var registration))
        {
            registration.Dispose();
        }
    }
}
