using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Storage;

/// <summary>
/// This process's copy of the store's data version, so that no request reads it from the store:
/// read when the store is prepared, read again every <c>Caching:DataVersionRefreshInterval</c> by
/// <see cref="DataVersionRefresh"/> (one statement; another instance's import is seen within that
/// interval), and set at once when an import or sync of this process commits, or when live updates
/// hear of another instance's commit.
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

        if (read is not null)
        {
            Refreshed?.Invoke(read);
        }
    }

    /// <summary>A read of the store found <c>stamp</c> (live updates catch up from it when it is past what they delivered).</summary>
    public event Action<DataVersionStamp>? Refreshed;

    /// <summary>
    /// An import or sync committed <paramref name="stamp"/>: this process's, or another instance's
    /// that a notice told of. Only forward: a notice heard late never takes the version back.
    /// </summary>
    public void Advanced(DataVersionStamp? stamp)
    {
        lock (gate)
        {
            advances++;
            if (stamp is null || value is null || stamp.Version > value.Version)
            {
                value = stamp;
            }
        }
    }
}
