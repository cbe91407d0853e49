using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Storage;

/// <summary>The model on SQLite, the embedded default (migrations in <c>Migrations/Sqlite</c>).</summary>
public sealed class SqliteDockingDbContext(DbContextOptions<SqliteDockingDbContext> options) : DockingDbContext(options)
{
}
