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

    /// <param name="chunkSize">Events the importer merges and writes together (its default unless given).</param>
    public TestStore(StoreProvider provider = StoreProvider.Sqlite, int? chunkSize = null)
    {
        database = TestDatabase.Create(provider);
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Docking"] = database.ConnectionString,
        };
        if (chunkSize is not null)
        {
            settings["Import:ChunkSize"] = chunkSize.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
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

    /// <summary>
    /// Every row of every table as text, the same for the same data however it was written: a
    /// surrogate key (an agency type's, which the store numbers in the order it meets them) is
    /// left out, and a reference to it is replaced by what it points to (the type's id and name).
    /// </summary>
    public string LogicalDump()
    {
        using var db = Contexts.CreateDbContext();
        var surrogates = db.Model.GetEntityTypes().Where(t => typeof(INameKeyedRecord).IsAssignableFrom(t.ClrType)).ToList();
        var natural = new Dictionary<(string Table, object Key), string>();
        foreach (var type in surrogates)
        {
            var key = type.FindPrimaryKey()!.Properties.Single().GetColumnName();
            foreach (var row in Rows(db, type.GetTableName()!))
            {
                natural[(type.GetTableName()!, row[key]!)] = $"{row[nameof(INameKeyedRecord.Id)]}/{row[nameof(INameKeyedRecord.Name)]}";
            }
        }

        var dump = new StringBuilder();
        foreach (var type in db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null && t.GetViewName() is null).OrderBy(t => t.GetTableName(), StringComparer.Ordinal))
        {
            var table = type.GetTableName()!;
            var leftOut = surrogates.Contains(type) ? type.FindPrimaryKey()!.Properties.Single().GetColumnName() : null;
            var pointers = type.GetForeignKeys()
                .Where(fk => surrogates.Contains(fk.PrincipalEntityType))
                .ToDictionary(fk => fk.Properties.Single().GetColumnName(), fk => fk.PrincipalEntityType.GetTableName()!);
            var rows = Rows(db, table)
                .Select(row => string.Join(" | ", row
                    .Where(column => column.Key != leftOut)
                    .Select(column => pointers.TryGetValue(column.Key, out var principal) && column.Value is not null
                        ? $"{column.Key}->{natural[(principal, column.Value)]}"
                        : $"{column.Key}={column.Value}")))
                .Order(StringComparer.Ordinal)
                .ToList();
            dump.AppendLine($"# {table} ({rows.Count})");
            rows.ForEach(row => dump.AppendLine(row));
        }

        return dump.ToString();
    }

    private static List<SortedDictionary<string, object?>> Rows(DockingDbContext db, string table)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            connection.Open();
        }

        using var select = connection.CreateCommand();
        select.CommandText = $"SELECT * FROM \"{table}\"";
        using var reader = select.ExecuteReader();
        var rows = new List<SortedDictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new SortedDictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
            }

            rows.Add(row);
        }

        return rows;
    }

    public void Dispose()
    {
        services.Dispose();
        database.Dispose();
    }
}
