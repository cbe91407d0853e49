using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DockingGraph.Storage;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web host.</summary>
internal sealed class DockingDbContextDesignFactory : IDesignTimeDbContextFactory<DockingDbContext>
{
    public DockingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DockingDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
