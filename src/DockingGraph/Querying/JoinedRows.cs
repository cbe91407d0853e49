using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;

namespace DockingGraph.Querying;

/// <summary>
/// The rows of a page that joins its to-one records (an event's location and its station, its
/// chaser's spacecraft, configuration and agency), read from the store's data reader with each
/// joined record made once per statement. EF Core's shaper makes a record for every row that
/// names it, and reads its text every time: a page of 100 events naming a dozen agencies makes 100
/// agencies. Here a joined record's key is read first, and its other columns only the first time
/// that key is met; later rows take the record already made (<see cref="SharedRecords"/>).
/// EF Core still writes the statement (the page's query, its projection flattened to the
/// columns it reads) and runs it through its command pipeline (interceptors, logging, the
/// connection, cancellation); each value is read as EF Core reads it (the column's type
/// mapping, its reader method and value converter).
/// </summary>
public sealed class JoinedRows<T>
    where T : class
{
    private static readonly ConditionalWeakTable<LambdaExpression, ConcurrentDictionary<IModel, JoinedRows<T>?>> Known = [];
    private static readonly MethodInfo IsDBNull = typeof(DbDataReader).GetMethod(nameof(DbDataReader.IsDBNull), [typeof(int)])!;
    private static readonly MethodInfo Find = typeof(SharedRecords).GetMethod(nameof(SharedRecords.Find))!;

    private readonly LambdaExpression columns;
    private readonly int columnCount;
    private readonly Func<DbDataReader, SharedRecords, T> read;

    // How many records of each place the last statement made: the next one sizes its own by them.
    private readonly int[] made;

    // Whether EF Core writes the flattened statement with the columns read here: false once a
    // statement came back with another number of columns, and the page is read through EF Core.
    private volatile bool usable = true;

    private JoinedRows(LambdaExpression columns, int slots, Func<DbDataReader, SharedRecords, T> read)
    {
        this.columns = columns;
        columnCount = ((NewArrayExpression)columns.Body).Expressions.Count;
        made = new int[slots];
        this.read = read;
    }

    /// <summary>The reader of <paramref name="projection"/>'s rows on <paramref name="model"/>'s store, or null when it joins no record (EF Core's shaper makes no repeated record then).</summary>
    internal static JoinedRows<T>? Of(IModel model, LambdaExpression projection) =>
        Known.GetValue(projection, static _ => new ConcurrentDictionary<IModel, JoinedRows<T>?>())
            .GetOrAdd(model, static (model, projection) => Build(model, projection), projection);

    /// <summary>
    /// The statement EF Core writes for <paramref name="page"/> (a query over <c>Set&lt;T&gt;()</c>,
    /// before its projection), flattened to the columns read here, with its parameters' values.
    /// A statement whose only parameters are numbers (a first page's size) can run again and be
    /// kept (<see cref="JoinedStatement.Reusable"/>); any other value goes as the very parameter
    /// EF Core made for it, which belongs to one run.
    /// </summary>
    public JoinedStatement Write(DockingDbContext db, IQueryable<T> page)
    {
        var flat = page.Provider.CreateQuery<object[]>(
            LinqMethods.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(T), typeof(object[])], page.Expression, Expression.Quote(columns)));
        using var written = flat.CreateDbCommand();
        var parameters = written.Parameters.Cast<DbParameter>().ToList();
        written.Parameters.Clear();

        var command = db.GetService<IRelationalCommandBuilderFactory>().Create().Append(written.CommandText);
        var reusable = parameters.TrueForAll(p => p.Value is int);
        var numbers = db.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(int))!;
        var values = new Dictionary<string, object?>(parameters.Count);
        foreach (var parameter in parameters)
        {
            if (reusable)
            {
                command.AddParameter(parameter.ParameterName, parameter.ParameterName, numbers, nullable: false);
                values[parameter.ParameterName] = parameter.Value;
            }
            else
            {
                command.AddRawParameter(parameter.ParameterName, parameter);
                values[parameter.ParameterName] = parameter;
            }
        }

        return new JoinedStatement(command.Build(), values, reusable);
    }

    /// <summary>
    /// The records <paramref name="statement"/> reads on <paramref name="db"/>; null when EF Core
    /// wrote it with other columns than expected, and the caller reads the page through EF Core.
    /// </summary>
    public async Task<List<T>?> ReadAsync(DockingDbContext db, JoinedStatement statement, int capacity, CancellationToken cancellationToken)
    {
        if (!usable)
        {
            return null;
        }

        // A command holds its reader for the next run: each run takes its context's own, as EF Core's queries do.
        var connection = db.GetService<IRelationalConnection>();
        var command = connection.RentCommand();
        command.PopulateFrom(statement.Command);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(
                new RelationalCommandParameterObject(connection, statement.Values, null, db, db.GetService<IRelationalCommandDiagnosticsLogger>(), CommandSource.LinqQuery),
                cancellationToken);
            var rows = reader.DbDataReader;
            if (rows.FieldCount != columnCount)
            {
                usable = false;
                return null;
            }

            var shared = new SharedRecords(made);
            var records = new List<T>(capacity);
            while (await rows.ReadAsync(cancellationToken))
            {
                records.Add(read(rows, shared));
            }

            shared.Counted(made);
            return records;
        }
        finally
        {
            connection.ReturnCommand(command);
        }
    }

    private static JoinedRows<T>? Build(IModel model, LambdaExpression projection)
    {
        if (projection.Body is not MemberInitExpression init || !init.Bindings.Any(b => b is MemberAssignment { Expression: ConditionalExpression }))
        {
            return null;
        }

        var flat = new List<Expression>();
        var slots = 0;
        var maker = Maker(init, model.FindEntityType(typeof(T))!, flat, ref slots, out _);
        if (maker is null)
        {
            return null;
        }

        var columns = Expression.Lambda(Expression.NewArrayInit(typeof(object), flat), projection.Parameters);
        return new JoinedRows<T>(columns, slots, (Func<DbDataReader, SharedRecords, T>)maker.Compile());
    }

    /// <summary>
    /// <c>(reader, shared) =&gt; new R { column = value read, reference = the joined record or null }</c>
    /// for one record of the projection, its columns appended to <paramref name="flat"/>; null
    /// when the projection holds something other than columns and joined records.
    /// </summary>
    /// <param name="keyAt">The column of the record's key, or -1 when the projection does not read it.</param>
    private static LambdaExpression? Maker(MemberInitExpression init, IEntityType type, List<Expression> flat, ref int slots, out int keyAt)
    {
        keyAt = -1;
        var key = type.FindPrimaryKey()?.Properties is [var single] ? single : null;
        var reader = Expression.Parameter(typeof(DbDataReader), "reader");
        var shared = Expression.Parameter(typeof(SharedRecords), "shared");
        var bindings = new List<MemberBinding>();
        foreach (var binding in init.Bindings)
        {
            if (binding is not MemberAssignment { Member: PropertyInfo member } assignment)
            {
                return null;
            }

            switch (assignment.Expression)
            {
                case MemberExpression column when type.FindProperty(member) is { } property:
                    if (property == key)
                    {
                        keyAt = flat.Count;
                    }

                    bindings.Add(Expression.Bind(member, Value(property, reader, flat.Count)));
                    flat.Add(Expression.Convert(column, typeof(object)));
                    break;

                case ConditionalExpression { IfFalse: MemberInitExpression joined } when type.FindNavigation(member) is { IsCollection: false } navigation:
                    if (Reference(navigation.TargetEntityType, joined, reader, shared, flat, ref slots) is not { } reference)
                    {
                        return null;
                    }

                    bindings.Add(Expression.Bind(member, reference));
                    break;

                default:
                    return null;
            }
        }

        return Expression.Lambda(Expression.MemberInit(init.NewExpression, bindings), reader, shared);
    }

    /// <summary><c>reader.IsDBNull(key) ? null : shared.Find(slot, key, reader, make)</c>: a joined record, made the first time its key is met.</summary>
    private static Expression? Reference(IEntityType type, MemberInitExpression joined, ParameterExpression reader, ParameterExpression shared, List<Expression> flat, ref int slots)
    {
        if (type.FindPrimaryKey()?.Properties is not [var key])
        {
            return null;
        }

        var make = Maker(joined, type, flat, ref slots, out var keyAt);
        if (make is null || keyAt < 0)
        {
            return null;
        }

        var slot = slots++;
        return Expression.Condition(
            Expression.Call(reader, IsDBNull, Expression.Constant(keyAt)),
            Expression.Constant(null, type.ClrType),
            Expression.Call(
                shared,
                Find.MakeGenericMethod(key.ClrType, type.ClrType),
                Expression.Constant(slot),
                Provided(key, reader, keyAt),
                reader,
                Expression.Constant(make.Compile(), make.Type)));
    }

    /// <summary>The value of <paramref name="property"/> at <paramref name="index"/>, read as EF Core reads it; null where the column is.</summary>
    private static Expression Value(IProperty property, ParameterExpression reader, int index)
    {
        var value = Provided(property, reader, index);
        return property.IsNullable || property.ClrType.IsValueType is false
            ? Expression.Condition(Expression.Call(reader, IsDBNull, Expression.Constant(index)), Expression.Default(property.ClrType), value)
            : value;
    }

    /// <summary>The column's value through its type mapping's reader method and value converter, as the property's type (the column is not null).</summary>
    private static Expression Provided(IProperty property, ParameterExpression reader, int index)
    {
        var mapping = property.GetRelationalTypeMapping();
        Expression value = mapping.CustomizeDataReaderExpression(Expression.Call(reader, mapping.GetDataReaderMethod(), Expression.Constant(index)));
        var converter = mapping.Converter;
        var provided = converter?.ProviderClrType ?? mapping.ClrType;
        if (value.Type != provided)
        {
            value = Expression.Convert(value, provided);
        }

        if (converter is not null)
        {
            var fromProvider = converter.ConvertFromProviderExpression;
            value = ReplacingExpressionVisitor.Replace(fromProvider.Parameters[0], value, fromProvider.Body);
        }

        return value.Type == property.ClrType ? value : Expression.Convert(value, property.ClrType);
    }
}

/// <summary>The readers of joined pages (<see cref="JoinedRows{T}"/>), one per projection and store, made when first asked for.</summary>
public static class JoinedRows
{
    /// <inheritdoc cref="JoinedRows{T}.Of"/>
    public static JoinedRows<T>? Of<T>(IModel model, LambdaExpression projection)
        where T : class => JoinedRows<T>.Of(model, projection);
}

/// <summary>A joined page's statement as EF Core wrote it, with its parameters' values; <paramref name="Reusable"/> when it can run again.</summary>
public sealed record JoinedStatement(IRelationalCommandTemplate Command, IReadOnlyDictionary<string, object?> Values, bool Reusable);

/// <summary>
/// The joined records one statement has made, by their place in the projection and their key.
/// A place whose first <see cref="Probe"/> rows each named a record of its own (a chaser flight
/// docks once or twice) stops looking its records up: a record made twice there is an object
/// more, where keeping every key costs more than the records.
/// </summary>
public sealed class SharedRecords(int[] sizes)
{
    public const int Probe = 16;

    private static readonly object Unshared = new();

    private readonly object?[] made = new object?[sizes.Length];
    private readonly int[] asked = new int[sizes.Length];

    public TRecord Find<TKey, TRecord>(int slot, TKey key, DbDataReader reader, Func<DbDataReader, SharedRecords, TRecord> make)
        where TKey : notnull
    {
        if (made[slot] is not Dictionary<TKey, TRecord> records)
        {
            if (made[slot] == Unshared)
            {
                return make(reader, this);
            }

            made[slot] = records = new Dictionary<TKey, TRecord>(sizes[slot]);
        }

        if (!records.TryGetValue(key, out var record))
        {
            record = make(reader, this);
            records.Add(key, record);
        }

        if (++asked[slot] == Probe && records.Count == Probe)
        {
            made[slot] = Unshared;
        }

        return record;
    }

    /// <summary>Writes how many records each place kept into <paramref name="counts"/>.</summary>
    public void Counted(int[] counts)
    {
        for (var slot = 0; slot < made.Length; slot++)
        {
            counts[slot] = (made[slot] as System.Collections.ICollection)?.Count ?? 0;
        }
    }
}
