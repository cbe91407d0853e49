using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Storage;

/// <summary>
/// The docking data model of LL2. Each entity is configured next to its feature
/// (<c>IEntityTypeConfiguration&lt;T&gt;</c>); this context only gathers them. Each store has its
/// own subclass (<see cref="SqliteDockingDbContext"/>, <see cref="PostgresDockingDbContext"/>),
/// so that each has its own migrations; everything else asks for this type.
/// </summary>
public abstract class DockingDbContext(DbContextOptions options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DockingDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();

        // Durations as ticks on every store: SQLite would keep them as text ("42.16:09:29"), which
        // compares and sorts wrongly, and PostgreSQL's interval would sort differently again.
        configurationBuilder.Properties<TimeSpan>().HaveConversion<long>();
    }
}
