using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DockingGraph.Storage;

/// <summary>Lets <c>dotnet ef migrations add --context SqliteDockingDbContext</c> build the model without starting the web host.</summary>
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteDockingDbContext>
{
    public SqliteDockingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteDockingDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add --context PostgresDockingDbContext</c> build the model without a server.</summary>
internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresDockingDbContext>
{
    public PostgresDockingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresDockingDbContext>().UseNpgsql("Host=localhost;Database=design-time").Options);
}
