using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DockingGraph.Telemetry;

/// <summary>
/// Counts the SQL statements of one request: <see cref="Begin"/> opens a count that flows with the
/// request's work (its DataLoader batches included, on their own contexts), and the interceptor
/// that every store context carries adds each command to it.
/// </summary>
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    public static readonly SqlStatementCounter Interceptor = new();

    private static readonly AsyncLocal<Count?> Current = new();

    private SqlStatementCounter()
    {
    }

    /// <summary>Starts counting for the work that follows on this flow; read the count when it is done.</summary>
    public static Count Begin() => Current.Value = new Count();

    public override DbCommand CommandCreated(CommandEndEventData eventData, DbCommand result)
    {
        Current.Value?.Add();
        return result;
    }

    public sealed class Count
    {
        private long statements;

        public long Statements => Interlocked.Read(ref statements);

        internal void Add() => Interlocked.Increment(ref statements);
    }
}
