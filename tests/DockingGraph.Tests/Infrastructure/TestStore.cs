using System.Text;
using DockingGraph.Import;
using DockingGraph.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
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
        (string, string)[] more = chunkSize is { } size ? [("Import:ChunkSize", size.ToString(System.Globalization.CultureInfo.InvariantCulture))] : [];
        var configuration = TestDatabase.Settings(provider, database.ConnectionString, more);
        services = new ServiceCollection().AddDockingStore(configuration).AddLl2Import(configuration).BuildServiceProvider();
        using var db = Contexts.CreateDbContext();
        db.Database.Migrate();
    }

    public StoreProvider Provider => database.Provider;

    public string ConnectionString => database.ConnectionString;

    public IDbContextFactory<DockingDbContext> Contexts => services.GetRequiredService<IDbContextFactory<DockingDbContext>>();

    public Ll2Importer Importer => services.GetRequiredService<Ll2Importer>();

    /// <summary>The data version as this store's importer last committed it (this process's copy).</summary>
    public CurrentDataVersion CurrentVersion => services.GetRequiredService<CurrentDataVersion>();

    public Task<ImportReport> ImportAsync(params string[] paths) =>
        services.GetRequiredService<Ll2Importer>().ImportAsync(paths);

    /// <summary>Every row of every table, as text, in key order: two stores with equal dumps hold the same data.</summary>
    public string DumpTables(params string[] except)
    {
        using var db = Contexts.CreateDbContext();
        return Dump(db, Tables(db).Where(t => !except.Contains(t.GetTableName())), (_, column, value) => $"{column}={value}");
    }

    /// <summary>
    /// Every row of every table as text, the same for the same data however it was written: a
    /// surrogate key (an agency type's, which the store numbers in the order it meets them) is
    /// left out, and a reference to it is replaced by what it points to (the type's id and name).
    /// The data version is left out too: it counts the imports that wrote and says when, which is
    /// how the data was written, not what it is.
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

        return Dump(db, Tables(db).Where(t => t.ClrType != typeof(DataVersion)), (type, column, value) =>
        {
            if (surrogates.Contains(type) && column == type.FindPrimaryKey()!.Properties.Single().GetColumnName())
            {
                return null;
            }

            var pointer = type.GetForeignKeys().FirstOrDefault(fk => surrogates.Contains(fk.PrincipalEntityType) && fk.Properties.Single().GetColumnName() == column);
            return pointer is not null && value is not null
                ? $"{column}->{natural[(pointer.PrincipalEntityType.GetTableName()!, value)]}"
                : $"{column}={value}";
        });
    }

    private static IEnumerable<IEntityType> Tables(DockingDbContext db) =>
        db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.GetViewName() is null)
            .DistinctBy(t => t.GetTableName())
            .OrderBy(t => t.GetTableName(), StringComparer.Ordinal);

    /// <summary>Each table's rows as text, sorted; <paramref name="cell"/> writes a column's value (null: leave it out).</summary>
    private static string Dump(DockingDbContext db, IEnumerable<IEntityType> types, Func<IEntityType, string, object?, string?> cell)
    {
        var dump = new StringBuilder();
        foreach (var type in types)
        {
            var rows = Rows(db, type.GetTableName()!)
                .Select(row => string.Join(" | ", row.Select(column => cell(type, column.Key, column.Value)).OfType<string>()))
                .Order(StringComparer.Ordinal)
                .ToList();
            dump.AppendLine($"# {type.GetTableName()} ({rows.Count})");
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
