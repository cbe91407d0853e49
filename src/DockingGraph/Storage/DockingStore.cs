using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Storage;

/// <summary>
/// Where the docking data lives: <c>Database:Provider</c> (<c>Sqlite</c>, the default, or
/// <c>PostgreSQL</c>) and <c>ConnectionStrings:Docking</c>; without a connection string, an
/// embedded SQLite file in the user's local data folder.
/// </summary>
public static class DockingStore
{
    public const string ConnectionName = "Docking";

    public static IServiceCollection AddDockingStore(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = Provider(configuration);
        var connectionString = ConnectionString(configuration, provider);
        return provider switch
        {
            StoreProvider.PostgreSQL => services
                .AddDbContextFactory<PostgresDockingDbContext>(options => options.UseNpgsql(connectionString))
                .AddSingleton<IDbContextFactory<DockingDbContext>, StoreContexts<PostgresDockingDbContext>>(),
            _ => services
                .AddDbContextFactory<SqliteDockingDbContext>(options => options.UseSqlite(connectionString))
                .AddSingleton<IDbContextFactory<DockingDbContext>, StoreContexts<SqliteDockingDbContext>>(),
        };
    }

    public static StoreProvider Provider(IConfiguration configuration)
    {
        var configured = configuration["Database:Provider"];
        return string.IsNullOrWhiteSpace(configured)
            ? StoreProvider.Sqlite
            : Enum.TryParse<StoreProvider>(configured, ignoreCase: true, out var provider)
                ? provider
                : throw new InvalidOperationException($"Database:Provider is `{configured}`; it must be Sqlite or PostgreSQL.");
    }

    /// <summary>The configured connection string; for SQLite without one, a file in the user's local data folder.</summary>
    public static string ConnectionString(IConfiguration configuration, StoreProvider provider)
    {
        var configured = configuration.GetConnectionString(ConnectionName);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (provider != StoreProvider.Sqlite)
        {
            throw new InvalidOperationException($"Database:Provider is {provider}: set ConnectionStrings:{ConnectionName} (env ConnectionStrings__{ConnectionName}).");
        }

        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "DockingGraph");
        Directory.CreateDirectory(folder);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "docking.db") }.ToString();
    }

    /// <summary>A description of the store for the startup log (no credentials).</summary>
    public static string Describe(DockingDbContext db) =>
        db.Database.GetDbConnection() switch
        {
            SqliteConnection sqlite => $"SQLite file {Path.GetFullPath(sqlite.DataSource)}",
            var connection => $"PostgreSQL database {connection.Database} on {connection.DataSource}",
        };

    /// <summary>The store's own contexts, handed out as the model's base type.</summary>
    private sealed class StoreContexts<TContext>(IDbContextFactory<TContext> contexts) : IDbContextFactory<DockingDbContext>
        where TContext : DockingDbContext
    {
        public DockingDbContext CreateDbContext() => contexts.CreateDbContext();
    }
}
