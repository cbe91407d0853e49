using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Storage;

/// <summary>
/// This process's copy of the store's data version, so that no request reads it from the store:
/// read when the store is prepared, read again every <c>Caching:DataVersionRefreshInterval</c> by
/// <see cref="DataVersionRefresh"/> (one statement; another instance's import is seen within that
/// interval), and set at once when an import or sync of this process commits.
/// </summary>
public sealed class CurrentDataVersion(IDbContextFactory<DockingDbContext> contexts)
{
    private readonly Lock gate = new();
    private DataVersionStamp? value;
    private long advances;

    /// <summary>The version, or null while it is not known (not read yet, or the last read failed): nothing may be validated against it then.</summary>
    public DataVersionStamp? Value => Volatile.Read(ref value);

    /// <summary>Reads the version from the store; a read that fails leaves it unknown until one succeeds.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        long before;
        lock (gate)
        {
            before = advances;
        }

        DataVersionStamp? read;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            read = await DataVersion.ReadAsync(db, cancellationToken);
        }
        catch
        {
            Volatile.Write(ref value, null);
            throw;
        }

        lock (gate)
        {
            // A commit of this process while the read was under way may be newer than what it read.
            if (advances == before)
            {
                value = read;
            }
        }
    }

    /// <summary>An import or sync of this process committed <paramref name="stamp"/>.</summary>
    public void Advanced(DataVersionStamp? stamp)
    {
        lock (gate)
        {
            advances++;
            value = stamp;
        }
    }
}
