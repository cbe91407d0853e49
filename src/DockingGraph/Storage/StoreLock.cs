using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DockingGraph.Storage;

/// <summary>
/// Work that exactly one instance does while many start at once over one PostgreSQL (the
/// first-start import): a session-level advisory lock, held on the context's connection until
/// disposed. On SQLite, which serves one instance, there is nothing to take.
/// </summary>
public sealed class StoreLock : IAsyncDisposable
{
    private readonly DockingDbContext? db;
    private readonly long key;

    private StoreLock(DockingDbContext? db, long key)
    {
        this.db = db;
        this.key = key;
    }

    /// <param name="name">What the lock guards; instances that name the same work wait for each other.</param>
    public static async Task<StoreLock> AcquireAsync(DockingDbContext db, string name, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not NpgsqlConnection)
        {
            return new StoreLock(null, 0);
        }

        var key = Key(name);
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({key})", cancellationToken);
        return new StoreLock(db, key);
    }

    /// <summary>The lock if no other instance holds it now, else null (that instance is doing the work).</summary>
    public static async Task<StoreLock?> TryAcquireAsync(DockingDbContext db, string name, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not NpgsqlConnection)
        {
            return new StoreLock(null, 0);
        }

        var key = Key(name);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var taken = await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({key}) AS \"Value\"").SingleAsync(cancellationToken);
        if (!taken)
        {
            await db.Database.CloseConnectionAsync();
            return null;
        }

        return new StoreLock(db, key);
    }

    public async ValueTask DisposeAsync()
    {
        if (db is not null)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({key})");
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A stable 64-bit key for a name (FNV-1a), the same in every instance and version.</summary>
    private static long Key(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in $"DockingGraph:{name}")
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return unchecked((long)hash);
    }
}
