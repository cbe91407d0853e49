using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Storage;

/// <summary>The model on PostgreSQL, the production store (migrations in <c>Migrations/PostgreSQL</c>).</summary>
public sealed class PostgresDockingDbContext(DbContextOptions<PostgresDockingDbContext> options) : DockingDbContext(options)
{
    /// <summary>The search copies of the names get trigram indexes: <c>LIKE '%TERM%'</c> is answered from them.</summary>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.HasPostgresExtension("pg_trgm");
        var searchCopies = modelBuilder.Model.GetEntityTypes()
            .SelectMany(type => type.GetProperties())
            .Where(property => property.Name.EndsWith("Search", StringComparison.Ordinal) && property.ClrType == typeof(string))
            .ToList();
        foreach (var property in searchCopies)
        {
            modelBuilder.Entity(property.DeclaringType.ClrType).HasIndex(property.Name).HasMethod("gin").HasOperators("gin_trgm_ops");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // Text compares and sorts by code point, as on SQLite, whatever the database's locale:
        // the same order, the same cursors and the same filters on both stores.
        configurationBuilder.Properties<string>().UseCollation("C");
    }
}
