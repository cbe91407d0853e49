using Medallion.Threading.Postgres;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DockingGraph.Storage;

/// <summary>
/// Work that exactly one instance does while many run over one PostgreSQL (the first-start
/// import, a round of the scheduled sync): a PostgreSQL advisory lock (DistributedLock.Postgres),
/// held on the context's connection until disposed. On SQLite, which serves one instance, there
/// is nothing to take.
/// </summary>
public sealed class StoreLock : IAsyncDisposable
{
    private readonly DockingDbContext? db;
    private readonly PostgresDistributedLockHandle? handle;

    private StoreLock(DockingDbContext? db, PostgresDistributedLockHandle? handle)
    {
        this.db = db;
        this.handle = handle;
    }

    /// <param name="name">What the lock guards; instances that name the same work wait for each other.</param>
    public static async Task<StoreLock> AcquireAsync(DockingDbContext db, string name, CancellationToken cancellationToken)
    {
        if (await LockOnAsync(db, name, cancellationToken) is not { } advisory)
        {
            return new StoreLock(null, null);
        }

        try
        {
            return new StoreLock(db, await advisory.AcquireAsync(cancellationToken: cancellationToken));
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    /// <summary>The lock if no other instance holds it now, else null (that instance is doing the work).</summary>
    public static async Task<StoreLock?> TryAcquireAsync(DockingDbContext db, string name, CancellationToken cancellationToken)
    {
        if (await LockOnAsync(db, name, cancellationToken) is not { } advisory)
        {
            return new StoreLock(null, null);
        }

        PostgresDistributedLockHandle? handle;
        try
        {
            handle = await advisory.TryAcquireAsync(cancellationToken: cancellationToken);
        }
        catch
        {
            await db.Database.CloseConnectionAsync();
            throw;
        }

        if (handle is not null)
        {
            return new StoreLock(db, handle);
        }

        await db.Database.CloseConnectionAsync();
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (handle is not null)
        {
            await handle.DisposeAsync();
            await db!.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The named lock on the context's own connection (opened, and kept open while the lock is held), or null on SQLite.</summary>
    private static async Task<PostgresDistributedLock?> LockOnAsync(DockingDbContext db, string name, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection() is not NpgsqlConnection connection)
        {
            return null;
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        return new PostgresDistributedLock(new PostgresAdvisoryLockKey($"DockingGraph:{name}", allowHashing: true), connection);
    }
}
