using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace DockingGraph.Import;

/// <summary>
/// Writes the rows a chunk adds in bulk, beside EF Core, which would send each as an INSERT of its
/// own (most of an import's time on PostgreSQL): PostgreSQL takes them through binary COPY, one
/// per table, and SQLite through one prepared INSERT per table run once per row, both inside the
/// import's transaction. Tables go principals first. What only EF Core can write is left to it:
/// rows whose key the store generates (an agency type's), and rows that point to one of those or
/// to a row of their own table; written rows are then marked as stored.
/// </summary>
internal static class NewRows
{
    public static async Task WriteAsync(DockingDbContext db, CancellationToken cancellationToken)
    {
        var byType = db.ChangeTracker.Entries()
            .Where(e => e.State == EntityState.Added)
            .GroupBy(e => e.Metadata)
            .ToDictionary(g => g.Key, g => g.ToList());
        var left = LeftToEntityFramework(byType);
        foreach (var type in PrincipalsFirst(byType.Keys))
        {
            var rows = byType[type].Where(e => !left.Contains(e)).ToList();
            if (rows.Count == 0)
            {
                continue;
            }

            var table = new TableOf(type);
            if (db.Database.GetDbConnection() is NpgsqlConnection postgres)
            {
                await CopyAsync(postgres, table, rows, cancellationToken);
            }
            else
            {
                await InsertAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), table, rows, cancellationToken);
            }

            foreach (var row in rows)
            {
                row.State = EntityState.Unchanged;
            }
        }
    }

    /// <summary>
    /// Rows with a value only the store can give (a key it generates, a column it computes), and
    /// every row that points to one of them, however indirectly, by whichever key it points to.
    /// </summary>
    private static HashSet<EntityEntry> LeftToEntityFramework(Dictionary<IEntityType, List<EntityEntry>> byType)
    {
        var left = new HashSet<EntityEntry>(byType.Values.SelectMany(rows => rows)
            .Where(row => row.Properties.Any(p => p.IsTemporary || (p.Metadata.ValueGenerated != ValueGenerated.Never && !p.Metadata.IsKey()))));
        bool grew;
        do
        {
            var leftKeys = left.SelectMany(row => row.Metadata.GetKeys().Select(key => (key, RowKey.Of(row, key.Properties)))).ToHashSet();
            grew = false;
            foreach (var row in byType.Values.SelectMany(rows => rows).Where(row => !left.Contains(row)))
            {
                foreach (var foreignKey in row.Metadata.GetForeignKeys())
                {
                    if (foreignKey.PrincipalEntityType == row.Metadata || leftKeys.Contains((foreignKey.PrincipalKey, RowKey.Of(row, foreignKey.Properties))))
                    {
                        grew |= left.Add(row);
                        break;
                    }
                }
            }
        }
        while (grew);
        return left;
    }

    /// <summary>
    /// The types in an order where every table comes after the tables it points to. Tables that
    /// point to each other (none do today) are left out: EF Core writes them, after these.
    /// </summary>
    private static List<IEntityType> PrincipalsFirst(IEnumerable<IEntityType> types)
    {
        var pending = types.ToHashSet();
        var order = new List<IEntityType>();
        while (pending.Count > 0)
        {
            var ready = pending
                .Where(type => !type.GetForeignKeys().Any(fk => fk.PrincipalEntityType != type && pending.Contains(fk.PrincipalEntityType)))
                .OrderBy(type => type.Name, StringComparer.Ordinal)
                .ToList();
            if (ready.Count == 0)
            {
                break;
            }

            order.AddRange(ready);
            pending.ExceptWith(ready);
        }

        return order;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, TableOf table, List<EntityEntry> rows, CancellationToken cancellationToken)
    {
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        await using var copy = await connection.BeginBinaryImportAsync($"COPY {table.QuotedName} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            foreach (var column in table.Columns)
            {
                if (column.ValueOf(row) is { } value)
                {
                    await copy.WriteAsync(value, column.StoreType, cancellationToken);
                }
                else
                {
                    await copy.WriteNullAsync(cancellationToken);
                }
            }
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task InsertAsync(DbConnection connection, DbTransaction? transaction, TableOf table, List<EntityEntry> rows, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {table.QuotedName} ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"@p{i}"))})";
        foreach (var row in rows)
        {
            insert.Parameters.Clear();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                insert.Parameters.Add(column.Mapping.CreateParameter(insert, $"@p{i}", row.Property(column.Property).CurrentValue, column.Property.IsNullable));
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>A table's columns as EF Core maps them: name, store type, and the conversion to what the store holds.</summary>
    private sealed class TableOf
    {
        public TableOf(IEntityType type)
        {
            Name = type.GetTableName()!;
            var schema = type.GetSchema();
            QuotedName = schema is null ? $"\"{Name}\"" : $"\"{schema}\".\"{Name}\"";
            var table = StoreObjectIdentifier.Table(Name, schema);
            Columns = type.GetProperties()
                .Select(p => new Column(p.GetColumnName(table)!, p.GetColumnType(), p, (RelationalTypeMapping)p.GetTypeMapping()))
                .ToList();
        }

        public string Name { get; }

        public string QuotedName { get; }

        public IReadOnlyList<Column> Columns { get; }
    }

    private sealed record Column(string Name, string StoreType, IProperty Property, RelationalTypeMapping Mapping)
    {
        public object? ValueOf(EntityEntry row) =>
            row.Property(Property).CurrentValue is { } value ? Mapping.Converter?.ConvertToProvider(value) ?? value : null;
    }
}
