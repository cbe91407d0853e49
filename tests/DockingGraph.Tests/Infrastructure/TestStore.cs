using System.Text;
using DockingGraph.Import;
using DockingGraph.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>The store and the importer on a real database (a SQLite file, or PostgreSQL), without the web host.</summary>
public sealed class TestStore : IDisposable
{
    private readonly TestDatabase database;
    private readonly ServiceProvider services;

    public TestStore(StoreProvider provider = StoreProvider.Sqlite)
    {
        database = TestDatabase.Create(provider);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["ConnectionStrings:Docking"] = database.ConnectionString,
            })
            .Build();
        services = new ServiceCollection().AddDockingStore(configuration).AddLl2Import(configuration).BuildServiceProvider();
        using var db = Contexts.CreateDbContext();
        db.Database.Migrate();
    }

    public StoreProvider Provider => database.Provider;

    public string ConnectionString => database.ConnectionString;

    public IDbContextFactory<DockingDbContext> Contexts => services.GetRequiredService<IDbContextFactory<DockingDbContext>>();

    public Ll2Importer Importer => services.GetRequiredService<Ll2Importer>();

    public Task<ImportReport> ImportAsync(params string[] paths) =>
        services.GetRequiredService<Ll2Importer>().ImportAsync(paths);

    /// <summary>Every row of every table, as text, in key order: two stores with equal dumps hold the same data.</summary>
    public string DumpTables(params string[] except)
    {
        using var db = Contexts.CreateDbContext();
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.GetViewName() is null)
            .Select(t => t.GetTableName()!)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var connection = db.Database.GetDbConnection();
        connection.Open();
        var dump = new StringBuilder();
        foreach (var table in tables.Except(except))
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1, 2";
            using var reader = select.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => $"{reader.GetName(i)}={reader.GetValue(i)}")));
            }

            dump.AppendLine($"# {table} ({rows.Count})");
            rows.Order(StringComparer.Ordinal).ToList().ForEach(row => dump.AppendLine(row));
        }

        return dump.ToString();
    }

    public void Dispose()
    {
        services.Dispose();
        database.Dispose();
    }
}
