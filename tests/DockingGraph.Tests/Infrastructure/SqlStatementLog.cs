using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>
/// The SQL statements EF Core executes against one test database, from EF Core's own diagnostic
/// events (<c>CommandExecuted</c>), so tests can count the statements a query costs.
/// </summary>
public sealed class SqlStatementLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly TestDatabase database;
    private readonly IDisposable subscription;
    private readonly ConcurrentQueue<string> statements = new();
    private readonly List<IDisposable> listeners = [];

    public SqlStatementLog(TestDatabase database)
    {
        this.database = database;
        subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    public IReadOnlyList<string> Statements => [.. statements];

    public void Clear() => statements.Clear();

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (listeners)
            {
                listeners.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name
            && value.Value is CommandExecutedEventData executed
            && executed.Command.Connection is { } connection
            && database.Owns(connection))
        {
            statements.Enqueue(executed.Command.CommandText);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        subscription.Dispose();
        lock (listeners)
        {
            listeners.ForEach(l => l.Dispose());
        }
    }
}
