using Microsoft.Data.Sqlite;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>A real SQLite file of its own for one test or fixture, removed afterwards.</summary>
public sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dockinggraph-test-{Guid.NewGuid():N}.db");
    }

    public string Path { get; }

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path, Pooling = false }.ToString();

    public void Dispose()
    {
        foreach (var file in new[] { Path, Path + "-wal", Path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
