using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DockingGraph.Bench.Floor;

/// <summary>
/// The store as the floor reads it: the ADO.NET providers under the gateway's EF Core providers,
/// pooled connections, and one way per store to hand a statement a set of keys as one parameter,
/// so that a statement's text (and on PostgreSQL its prepared plan) is the same whatever the keys.
/// It counts the statements it runs, for the suite's statements per request.
/// </summary>
public sealed class FloorStore : IAsyncDisposable
{
    private readonly NpgsqlDataSource? postgres;
    private readonly string sqlite = "";
    private long statements;

    /// <param name="provider"><c>Sqlite</c> or <c>PostgreSQL</c>, as the gateway's <c>Database:Provider</c>.</param>
    public FloorStore(string provider, string connectionString)
    {
        if (string.Equals(provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase))
        {
            // The gateway's settings (DockingStore.ForManyShortContexts): no DISCARD ALL on a
            // connection's return, and the statements seen repeatedly prepared on their connection.
            var builder = new NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true, MaxAutoPrepare = 64 };
            postgres = NpgsqlDataSource.Create(builder.ToString());
        }
        else
        {
            sqlite = new SqliteConnectionStringBuilder(connectionString) { Pooling = true }.ToString();
        }
    }

    /// <summary>Statements run so far.</summary>
    public long Statements => Interlocked.Read(ref statements);

    /// <summary>The condition "<paramref name="column"/> is one of the keys given as <c>@keys</c>".</summary>
    public string OneOf(string column) =>
        postgres is not null ? $"{column} = ANY(@keys)" : $"{column} IN (SELECT value FROM json_each(@keys))";

    public async ValueTask<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (postgres is not null)
        {
            return await postgres.OpenConnectionAsync(cancellationToken);
        }

        var connection = new SqliteConnection(sqlite);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>The rows of one statement; with <paramref name="keys"/>, its <c>@keys</c> (no keys: no statement, no rows).</summary>
    public async Task<List<T>> ListAsync<T>(DbConnection connection, string sql, IReadOnlyCollection<int>? keys, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>(keys?.Count ?? 16);
        if (keys is { Count: 0 })
        {
            return rows;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (keys is not null)
        {
            command.Parameters.Add(postgres is not null
                ? new NpgsqlParameter<int[]>("keys", [.. keys])
                : new SqliteParameter("keys", $"[{string.Join(',', keys)}]"));
        }

        Interlocked.Increment(ref statements);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>The records with <paramref name="keys"/>, by key: one to-one level of a query.</summary>
    public async Task<Dictionary<int, Related>> RelatedAsync(DbConnection connection, string sql, IReadOnlyCollection<int> keys, Func<DbDataReader, Related> read, CancellationToken cancellationToken) =>
        (await ListAsync(connection, sql, keys, read, cancellationToken)).ToDictionary(r => r.Id);

    /// <summary>A key column, or null.</summary>
    public static int? Key(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetInt32(column);

    /// <summary>A timestamp column (PostgreSQL's <c>timestamptz</c>, SQLite's text; both UTC), or null.</summary>
    public static DateTime? Timestamp(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetDateTime(column);

    public ValueTask DisposeAsync() => postgres?.DisposeAsync() ?? ValueTask.CompletedTask;
}
