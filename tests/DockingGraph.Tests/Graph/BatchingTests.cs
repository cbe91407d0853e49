using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DockingGraph.Storage;
using DockingGraph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DockingGraph.Tests.Graph;

/// <summary>
/// Nested relations are batched: a page of N events with their location, station, chaser,
/// spacecraft, configuration and agency costs the same statements for N = 1 and N = 100.
/// Counted from EF Core's own command log, on generated data of a few hundred events.
/// </summary>
public abstract partial class BatchingTests(BatchingTests.GeneratedGateway gateway, ITestOutputHelper output) : StoreTests<BatchingTests.GeneratedGateway>(gateway)
{
    private const string DeepPage = """
        query ($n: Int) {
          dockingEvents(first: $n) {
            totalCount
            nodes {
              id docking
              dockingLocation { name spacestation { name } }
              chaser { ... on SpacecraftFlight { spacecraft { name spacecraftConfig { name agency { name type { name } } } } } }
              target { ... on SpaceStation { name } }
            }
          }
        }
        """;

    [SkippableFact]
    public async Task A_deep_page_costs_the_same_statements_for_1_10_and_100_events()
    {
        var counts = new Dictionary<int, int>();
        foreach (var n in new[] { 1, 10, 100 })
        {
            using var log = new SqlStatementLog(Gateway.Database);
            var data = await Gateway.DataAsync(DeepPage, new { n });
            Assert.Equal(n, data.GetProperty("dockingEvents").GetProperty("nodes").GetArrayLength());
            counts[n] = log.Statements.Count;
            output.WriteLine($"N = {n}: {counts[n]} statements\n  {string.Join("\n  ", log.Statements.Select(s => s.ReplaceLineEndings(" ")))}");
        }

        // The page, with its whole to-one chain joined in (location and station; chaser flight,
        // spacecraft, configuration, agency and its type; target station), and its COUNT.
        Assert.Equal(new Dictionary<int, int> { [1] = 2, [10] = 2, [100] = 2 }, counts);
    }

    [SkippableFact]
    public async Task Nested_lists_cost_one_statement_per_level_for_1_or_100_parents()
    {
        var counts = new Dictionary<int, int>();
        foreach (var n in new[] { 1, 10, 100 })
        {
            using var log = new SqlStatementLog(Gateway.Database);
            var data = await Gateway.DataAsync(
                "query ($n: Int) { spacecraftFlights(first: $n) { nodes { id dockingEvents(first: 5) { totalCount nodes { id dockingLocation { spacestation { dockingLocations(first: 3) { nodes { name } } } } } } } } }",
                new { n });
            Assert.All(data.GetProperty("spacecraftFlights").GetProperty("nodes").EnumerateArray(), f => Assert.Equal(1, f.GetProperty("dockingEvents").GetProperty("totalCount").GetInt32()));
            counts[n] = log.Statements.Count;
        }

        // The flights; their docking events (one windowed statement) and counts; the locations; the
        // stations; the stations' ports (one windowed statement).
        Assert.Equal(new Dictionary<int, int> { [1] = 6, [10] = 6, [100] = 6 }, counts);
    }

    [SkippableFact]
    public async Task Filters_search_and_order_run_in_the_database_in_one_statement()
    {
        using var log = new SqlStatementLog(Gateway.Database);

        var data = await Gateway.DataAsync("""
            { dockingEvents(first: 5, where: { docking: { gte: "2000-06-01T00:00:00Z" }, dockingLocation: { id: { in: [101, 102] } } }, order: [{ departure: DESC }, { dockingLocation: { name: ASC } }], search: "spacecraft 1") { nodes { id } } }
            """);

        var statement = Assert.Single(log.Statements);
        Assert.Equal(5, data.GetProperty("dockingEvents").GetProperty("nodes").GetArrayLength());
        Assert.Contains("WHERE", statement, StringComparison.Ordinal);
        Assert.Contains("ORDER BY", statement, StringComparison.Ordinal);
        Assert.Contains("LIMIT", statement, StringComparison.Ordinal);
        Assert.Contains("NameSearch", statement, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Nested_lists_with_where_order_and_search_are_one_statement_per_level()
    {
        const string Arguments = "first: 3, order: [{ docking: DESC }], search: \"station\"";
        var counts = new Dictionary<int, int>();
        JsonElement locations = default;
        foreach (var n in new[] { 1, 7 })
        {
            using var log = new SqlStatementLog(Gateway.Database);
            locations = (await Gateway.DataAsync(
                $"query ($n: Int) {{ dockingLocations(first: $n) {{ nodes {{ id dockingEvents({Arguments}, where: {{ departure: {{ neq: null }} }}) {{ totalCount nodes {{ id }} }} }} }} }}",
                new { n })).GetProperty("dockingLocations").GetProperty("nodes");
            counts[n] = log.Statements.Count;
        }

        // The locations, their events (one windowed statement), the counts.
        Assert.Equal(new Dictionary<int, int> { [1] = 3, [7] = 3 }, counts);

        // Each location's page is what the root list gives for that location alone.
        Assert.Equal(7, locations.GetArrayLength());
        Assert.Contains(locations.EnumerateArray(), l => l.GetProperty("dockingEvents").GetProperty("totalCount").GetInt32() > 0);
        foreach (var location in locations.EnumerateArray())
        {
            var alone = await Gateway.DataAsync($"{{ dockingEvents({Arguments}, where: {{ departure: {{ neq: null }}, dockingLocation: {{ id: {{ eq: {location.GetProperty("id").GetInt32()} }} }} }}) {{ totalCount nodes {{ id }} }} }}");
            Assert.Equal(alone.GetProperty("dockingEvents").ToString(), location.GetProperty("dockingEvents").ToString());
        }
    }

    [SkippableFact]
    public async Task A_page_without_totalCount_runs_no_COUNT()
    {
        JsonElement data;
        string statement;
        using (var log = new SqlStatementLog(Gateway.Database))
        {
            data = await Gateway.DataAsync("{ dockingEvents(first: 50) { nodes { id } } }");
            statement = Assert.Single(log.Statements);
        }

        Assert.DoesNotContain("COUNT", statement, StringComparison.OrdinalIgnoreCase);
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.Equal(
            await db.Set<DockingEvent>().OrderBy(e => e.Id).Take(50).Select(e => e.Id).ToListAsync(),
            data.GetProperty("dockingEvents").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));
    }

    [SkippableFact]
    public async Task Selecting_only_id_and_docking_reads_no_other_table()
    {
        JsonElement data;
        List<string> tables;
        using (var log = new SqlStatementLog(Gateway.Database))
        {
            data = await Gateway.DataAsync("{ dockingEvents(first: 100) { nodes { id docking } } dockingEvent(id: 7) { id docking } }");
            tables = log.Statements.SelectMany(s => TableName().Matches(s).Select(m => m.Groups[1].Value)).Distinct().ToList();
        }

        Assert.Equal(["DockingEvents"], tables);
        await using var db = await Contexts.CreateDbContextAsync();
        var expected = await db.Set<DockingEvent>().OrderBy(e => e.Id).Take(100).Select(e => new { e.Id, e.Docking }).ToListAsync();
        Assert.Equal(
            expected.Select(e => $"{e.Id} {e.Docking:yyyy-MM-ddTHH:mm:ssZ}"),
            data.GetProperty("dockingEvents").GetProperty("nodes").EnumerateArray().Select(n => $"{n.GetProperty("id").GetInt32()} {n.GetProperty("docking").GetString()}"));
        var seventh = await db.Set<DockingEvent>().SingleAsync(e => e.Id == 7);
        Assert.Equal($"{seventh.Docking:yyyy-MM-ddTHH:mm:ssZ}", data.GetProperty("dockingEvent").GetProperty("docking").GetString());
    }

    private IDbContextFactory<DockingDbContext> Contexts => Gateway.Services.GetRequiredService<IDbContextFactory<DockingDbContext>>();

    [GeneratedRegex("(?:FROM|JOIN)\\s+\"(\\w+)\"")]
    private static partial Regex TableName();

    /// <summary>A gateway over 300 generated docking events instead of the seeds.</summary>
    public class GeneratedGateway : GeneratedDataGateway
    {
        public GeneratedGateway()
            : this(StoreProvider.Sqlite)
        {
        }

        protected GeneratedGateway(StoreProvider provider)
            : base(provider)
        {
        }

        protected override JsonObject Generate() => GeneratedDockingData.Page(300);
    }

    public sealed class GeneratedGatewayOnPostgreSql() : GeneratedGateway(StoreProvider.PostgreSQL)
    {
    }

    public sealed class OnSqlite(BatchingTests.GeneratedGateway gateway, ITestOutputHelper output) : BatchingTests(gateway, output), IClassFixture<BatchingTests.GeneratedGateway>
    {
    }

    public sealed class OnPostgreSql(BatchingTests.GeneratedGatewayOnPostgreSql gateway, ITestOutputHelper output) : BatchingTests(gateway, output), IClassFixture<BatchingTests.GeneratedGatewayOnPostgreSql>
    {
    }
}
