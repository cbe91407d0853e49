using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Storage;

/// <summary>The model on PostgreSQL, the production store (migrations in <c>Migrations/PostgreSQL</c>).</summary>
public sealed class PostgresDockingDbContext(DbContextOptions<PostgresDockingDbContext> options) : DockingDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // Text compares and sorts by code point, as on SQLite, whatever the database's locale:
        // the same order, the same cursors and the same filters on both stores.
        configurationBuilder.Properties<string>().UseCollation("C");
    }
}
