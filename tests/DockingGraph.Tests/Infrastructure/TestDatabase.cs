using System.Data.Common;
using DockingGraph.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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

    /// <param name="migrated">
    /// Whether the database starts with the model's tables (a copy of a template that EF Core's
    /// migrations made once in this run: a file copy on SQLite, <c>CREATE DATABASE ... TEMPLATE</c>
    /// on PostgreSQL), or empty, for a test of what migrating does.
    /// </param>
    public static TestDatabase Create(StoreProvider provider, bool migrated = true)
    {
        if (provider == StoreProvider.Sqlite)
        {
            var path = NewSqlitePath();
            if (migrated)
            {
                File.Copy(SqliteTemplate.Value, path);
            }

            return new TestDatabase(provider, path, SqliteConnectionString(path));
        }

        var server = PostgresServer.Shared ?? throw new Xunit.SkipException(PostgresServer.Unavailable!);
        var database = server.CreateDatabaseAsync(migrated ? PostgresTemplate.Value : null).GetAwaiter().GetResult();
        return new TestDatabase(provider, database, server.ConnectionString(database));
    }

    private static readonly Lazy<string> SqliteTemplate = new(() =>
    {
        var path = NewSqlitePath();
        Migrate(StoreProvider.Sqlite, SqliteConnectionString(path));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(path);
        return path;
    });

    private static readonly Lazy<string> PostgresTemplate = new(() =>
    {
        var server = PostgresServer.Shared!;
        var database = server.CreateDatabaseAsync().GetAwaiter().GetResult();
        Migrate(StoreProvider.PostgreSQL, server.ConnectionString(database));
        return database;
    });

    private static string NewSqlitePath() => Path.Combine(Path.GetTempPath(), $"dockinggraph-test-{Guid.NewGuid():N}.db");

    private static string SqliteConnectionString(string path) => new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

    /// <summary>The gateway's settings for a store of <paramref name="provider"/> at <paramref name="connectionString"/>, with any <paramref name="more"/>.</summary>
    public static IConfiguration Settings(StoreProvider provider, string connectionString, params (string Key, string Value)[] more) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Docking"] = connectionString,
        }.Concat(more.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)))).Build();

    private static void Migrate(StoreProvider provider, string connectionString)
    {
        using var services = new ServiceCollection().AddDockingStore(Settings(provider, connectionString)).BuildServiceProvider();
        using var db = services.GetRequiredService<IDbContextFactory<DockingDbContext>>().CreateDbContext();
        db.Database.Migrate();
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
