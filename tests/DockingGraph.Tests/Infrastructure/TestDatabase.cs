using System.Data.Common;
using DockingGraph.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>A real database of its own for one test or fixture, removed afterwards: a SQLite file, or a database on the run's PostgreSQL server.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string name;

    private TestDatabase(StoreProvider provider, string name, string connectionString)
    {
        Provider = provider;
        this.name = name;
        ConnectionString = connectionString;
    }

    public StoreProvider Provider { get; }

    public string ConnectionString { get; }

    public static TestDatabase Create(StoreProvider provider)
    {
        if (provider == StoreProvider.Sqlite)
        {
            var path = Path.Combine(Path.GetTempPath(), $"dockinggraph-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, path, new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        }

        var server = PostgresServer.Shared ?? throw new Xunit.SkipException(PostgresServer.Unavailable!);
        var database = server.CreateDatabaseAsync().GetAwaiter().GetResult();
        return new TestDatabase(provider, database, server.ConnectionString(database));
    }

    /// <summary>Whether a connection is to this database (to tell its statements from other tests').</summary>
    public bool Owns(DbConnection connection) => connection switch
    {
        SqliteConnection sqlite => Path.GetFullPath(sqlite.DataSource) == Path.GetFullPath(name),
        NpgsqlConnection postgres => postgres.Database == name,
        _ => false,
    };

    public void Dispose()
    {
        if (Provider == StoreProvider.Sqlite)
        {
            foreach (var file in new[] { name, name + "-wal", name + "-shm" })
            {
                File.Delete(file);
            }
        }
        else
        {
            PostgresServer.Shared?.DropDatabaseAsync(name).GetAwaiter().GetResult();
        }
    }
}
