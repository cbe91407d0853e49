using DockingGraph.Startup;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Storage;

/// <summary>
/// Brings the store's schema up to date. Each store has one initial migration: the migrations
/// made before any release were folded into it, so a development database made by them cannot be
/// migrated; that is said in one line (rebuild it), not left to fail on a table that exists.
/// </summary>
public static class StoreMigration
{
    /// <returns>The migrations applied now, in order; none when the store was up to date.</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(DockingDbContext db, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var unknown = applied.Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            throw new StartupFailureException(
                $"the {DockingStore.Describe(db)} was made by migrations this version does not have ({string.Join(", ", unknown)}); "
                + "it is a development database from before the migrations were folded into one: rebuild it "
                + "(delete the SQLite file, or drop and create the PostgreSQL database) and start again");
        }

        // Up to date, the usual case of a start: EF Core's migrator would still build and compare
        // the migrations' model with the code's (about half a second), to find nothing to do.
        if (known.Count == applied.Count)
        {
            return [];
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }
}
