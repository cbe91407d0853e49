using System.Linq.Expressions;
using System.Text.Json;
using System.Text.Json.Serialization;
using DockingGraph.Features.DockingEvents;
using DockingGraph.Querying;
using DockingGraph.Storage;
using DockingGraph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.Graph;

/// <summary>
/// A page that joins its to-one records is read from the data reader, each joined record made
/// once per statement: the records are the ones EF Core's own shaper reads, every column of
/// every record type of the chain (its type mapping, its value converter, its nulls), and a
/// record that many rows name is one object. On generated data, on both stores.
/// </summary>
public abstract class JoinedRowsTests(BatchingTests.GeneratedGateway gateway) : StoreTests<BatchingTests.GeneratedGateway>(gateway)
{
    private static readonly JsonSerializerOptions AsJson = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles, WriteIndented = true };

    [SkippableFact]
    public async Task A_joined_page_reads_every_column_as_EF_Core_reads_it()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var projection = EveryColumn(db.Model.FindEntityType(typeof(DockingEvent))!, depth: 2);
        var page = db.Set<DockingEvent>().AsNoTracking().OrderByDescending(e => e.Docking).ThenBy(e => e.Id).Take(60);

        var expected = await page.Select(projection).ToListAsync();
        var joined = JoinedRows.Of<DockingEvent>(db.Model, projection)!;
        var read = await joined.ReadAsync(db, joined.Write(db, page), 60, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(60, read.Count);
        Assert.Equal(JsonSerializer.Serialize(expected, AsJson), JsonSerializer.Serialize(read, AsJson));
        Assert.Contains(read, e => e.DockingLocation?.Spacestation is not null);
        Assert.Contains(read, e => e.FlightVehicleChaser?.Spacecraft is not null);
    }

    [SkippableFact]
    public async Task A_record_many_rows_join_is_made_once()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var projection = EveryColumn(db.Model.FindEntityType(typeof(DockingEvent))!, depth: 2);
        var joined = JoinedRows.Of<DockingEvent>(db.Model, projection)!;
        var read = (await joined.ReadAsync(db, joined.Write(db, db.Set<DockingEvent>().AsNoTracking().OrderBy(e => e.Id).Take(100)), 100, CancellationToken.None))!;

        var byLocation = read.Where(e => e.DockingLocation is not null).GroupBy(e => e.DockingLocationId).First(g => g.Count() > 1).ToList();
        Assert.All(byLocation, e => Assert.Same(byLocation[0].DockingLocation, e.DockingLocation));
        Assert.Equal(
            read.Select(e => e.DockingLocation).OfType<object>().Distinct(ReferenceEqualityComparer.Instance).Count(),
            read.Select(e => e.DockingLocationId).OfType<int>().Distinct().Count());
    }

    [SkippableFact]
    public async Task A_statement_written_with_only_its_page_size_runs_again_on_another_context()
    {
        await using var first = await Contexts.CreateDbContextAsync();
        var projection = EveryColumn(first.Model.FindEntityType(typeof(DockingEvent))!, depth: 1);
        var joined = JoinedRows.Of<DockingEvent>(first.Model, projection)!;
        var statement = joined.Write(first, first.Set<DockingEvent>().AsNoTracking().OrderBy(e => e.Id).Take(10));
        Assert.True(statement.Reusable);
        var once = await joined.ReadAsync(first, statement, 10, CancellationToken.None);

        await using var second = await Contexts.CreateDbContextAsync();
        var again = await joined.ReadAsync(second, statement, 10, CancellationToken.None);

        Assert.Equal(JsonSerializer.Serialize(once, AsJson), JsonSerializer.Serialize(again, AsJson));

        // A value a client sends goes as the parameter EF Core made for it, which belongs to one run.
        var url = "https://example.com/";
        Assert.False(joined.Write(first, first.Set<DockingEvent>().AsNoTracking().Where(e => e.Url != url).OrderBy(e => e.Id).Take(10)).Reusable);
    }

    [SkippableFact]
    public async Task A_statement_with_other_columns_than_expected_leaves_its_pages_to_EF_Core()
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var joined = JoinedRows.Of<DockingEvent>(db.Model, EveryColumn(db.Model.FindEntityType(typeof(DockingEvent))!, depth: 1))!;
        var other = db.GetService<IRelationalCommandBuilderFactory>().Create().Append("SELECT 1").Build();

        Assert.Null(await joined.ReadAsync(db, new JoinedStatement(other, new Dictionary<string, object?>(), Reusable: true), 1, CancellationToken.None));

        // From then on the reader declines every statement: the caller reads the page through EF Core.
        var page = db.Set<DockingEvent>().AsNoTracking().OrderBy(e => e.Id).Take(10);
        Assert.Null(await joined.ReadAsync(db, joined.Write(db, page), 10, CancellationToken.None));
    }

    /// <summary><c>e =&gt; new T { every column, every to-one record = e.R == null ? null : new R { ... } }</c>, <paramref name="depth"/> levels of records down.</summary>
    private static Expression<Func<DockingEvent, DockingEvent>> EveryColumn(IEntityType type, int depth)
    {
        var record = Expression.Parameter(typeof(DockingEvent), "record");
        return Expression.Lambda<Func<DockingEvent, DockingEvent>>(Init(type, record, depth), record);
    }

    private static MemberInitExpression Init(IEntityType type, Expression source, int depth)
    {
        var columns = type.GetProperties().Where(p => p.PropertyInfo is { CanWrite: true })
            .Select(p => Expression.Bind(p.PropertyInfo!, Expression.Property(source, p.PropertyInfo!)));
        var references = depth == 0 ? [] : type.GetNavigations().Where(n => !n.IsCollection && n.PropertyInfo is not null).Select(n =>
        {
            var value = Expression.Property(source, n.PropertyInfo!);
            var none = Expression.Constant(null, value.Type);
            return Expression.Bind(n.PropertyInfo!, Expression.Condition(Expression.Equal(value, none), none, Init(n.TargetEntityType, value, depth - 1)));
        });
        return Expression.MemberInit(Expression.New(type.ClrType), [.. columns, .. references]);
    }

    private IDbContextFactory<DockingDbContext> Contexts => Gateway.Services.GetRequiredService<IDbContextFactory<DockingDbContext>>();

    public sealed class OnSqlite(BatchingTests.GeneratedGateway gateway) : JoinedRowsTests(gateway), IClassFixture<BatchingTests.GeneratedGateway>
    {
    }

    public sealed class OnPostgreSql(BatchingTests.GeneratedGatewayOnPostgreSql gateway) : JoinedRowsTests(gateway), IClassFixture<BatchingTests.GeneratedGatewayOnPostgreSql>
    {
    }
}
