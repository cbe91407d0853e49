using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Storage;

/// <summary>Where the docking data lives: <c>ConnectionStrings:Docking</c>, else an embedded SQLite file.</summary>
public static class DockingStore
{
    public const string ConnectionName = "Docking";

    public static IServiceCollection AddDockingStore(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = ConnectionString(configuration);
        services.AddDbContextFactory<DockingDbContext>(options => options.UseSqlite(connectionString));
        return services;
    }

    /// <summary>The configured connection string, or a SQLite file in the user's local data folder.</summary>
    public static string ConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString(ConnectionName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "DockingGraph");
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "docking.db") }.ToString();
    }

    /// <summary>A description of the store for the startup log (no credentials).</summary>
    public static string Describe(DockingDbContext db) =>
        db.Database.GetDbConnection() is SqliteConnection sqlite
            ? $"SQLite file {Path.GetFullPath(sqlite.DataSource)}"
            : db.Database.ProviderName ?? "unknown store";
}
