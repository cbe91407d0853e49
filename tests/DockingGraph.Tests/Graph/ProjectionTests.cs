using System.Text.Json;
using System.Text.RegularExpressions;
using DockingGraph.Features.DockingEvents;
using DockingGraph.Features.DockingLocations;
using DockingGraph.Features.SpaceStations;
using DockingGraph.Querying;
using DockingGraph.Storage;
using DockingGraph.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace DockingGraph.Tests.Graph;

/// <summary>
/// Each statement reads only the columns the selection needs, plus the keys that relations,
/// cursors and ordering need; a record asked for with different fields in two places comes back
/// whole for both. Read from EF Core's own command log, on generated data of a few hundred events.
/// </summary>
public abstract partial class ProjectionTests(BatchingTests.GeneratedGateway gateway, ITestOutputHelper output) : StoreTests<BatchingTests.GeneratedGateway>(gateway)
{
    [SkippableFact]
    public async Task A_page_reads_only_the_selected_columns_and_the_key()
    {
        var (data, statements) = await QueryAsync("{ dockingEvents(first: 20) { nodes { docking } } }");

        Assert.Equal(["Docking", "Id"], ColumnsRead(Assert.Single(statements), "DockingEvents"));
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.Equal(
            (await db.Set<DockingEvent>().OrderBy(e => e.Id).Take(20).Select(e => e.Docking).ToListAsync()).Select(d => d?.ToString("yyyy-MM-ddTHH:mm:ssZ")),
            data.GetProperty("dockingEvents").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("docking").GetString()));
    }

    [SkippableFact]
    public async Task A_page_joins_its_references_reading_only_the_selected_columns_of_each()
    {
        var (data, statements) = await QueryAsync("{ dockingEvents(first: 20) { nodes { dockingLocation { name } } } }");

        var statement = Assert.Single(statements);
        Assert.Equal(["DockingLocationId", "Id"], ColumnsRead(statement, "DockingEvents"));
        Assert.Equal(["Id", "Name"], ColumnsRead(statement, "DockingLocations"));
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.Equal(
            await db.Set<DockingEvent>().OrderBy(e => e.Id).Take(20).Select(e => e.DockingLocation!.Name).ToListAsync(),
            data.GetProperty("dockingEvents").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("dockingLocation").GetProperty("name").GetString()));
    }

    [SkippableFact]
    public async Task A_record_found_by_id_joins_its_references_too()
    {
        var (data, statements) = await QueryAsync("{ dockingEvent(id: 3) { dockingLocation { name } } }");

        var statement = Assert.Single(statements);
        Assert.Equal(["DockingLocationId", "Id"], ColumnsRead(statement, "DockingEvents"));
        Assert.Equal(["Id", "Name"], ColumnsRead(statement, "DockingLocations"));
        await using var db = await Contexts.CreateDbContextAsync();
        Assert.Equal(
            await db.Set<DockingEvent>().Where(e => e.Id == 3).Select(e => e.DockingLocation!.Name).SingleAsync(),
            data.GetProperty("dockingEvent").GetProperty("dockingLocation").GetProperty("name").GetString());
    }

    [SkippableFact]
    public async Task A_reference_under_a_nested_list_is_loaded_by_key_reading_only_the_selected_columns()
    {
        var (data, statements) = await QueryAsync("{ spacecraftFlights(first: 30) { nodes { dockingEvents(first: 2) { nodes { dockingLocation { name } } } } } }");

        // The flights; their events (one windowed statement); the events' locations by key.
        Assert.Equal(3, statements.Count);
        Assert.Equal(["DockingLocationId", "Id"], ColumnsRead(statements[1], "DockingEvents"));
        Assert.Equal(["Id", "Name"], ColumnsRead(statements[2], "DockingLocations"));
        await using var db = await Contexts.CreateDbContextAsync();
        var names = await db.Set<DockingLocation>().Select(l => l.Name).ToListAsync();
        Assert.All(
            data.GetProperty("spacecraftFlights").GetProperty("nodes").EnumerateArray().SelectMany(f => f.GetProperty("dockingEvents").GetProperty("nodes").EnumerateArray()),
            e => Assert.Contains(e.GetProperty("dockingLocation").GetProperty("name").GetString(), names));
    }

    [SkippableFact]
    public async Task A_page_with_its_references_joined_answers_as_the_same_records_loaded_level_by_level()
    {
        // The page joins its whole to-one chain; a list under a record loads each level by key.
        const string Selection = """
            fragment Event on DockingEvent {
              id docking departure
              dockingLocation { name spacestation { name } }
              chaser { __typename ... on SpacecraftFlight { destination spacecraft { name spacecraftConfig { name agency { name type { name } } } } } ... on SpaceStation { name } }
              target { __typename ... on SpaceStation { name image { imageUrl license { name } } } ... on PayloadFlight { destination } }
            }
            """;
        var (page, statements) = await QueryAsync($"{{ dockingEvents(first: 40, order: [{{ docking: DESC }}]) {{ nodes {{ ...Event }} }} }}\n{Selection}");
        Assert.Single(statements);

        var nodes = page.GetProperty("dockingEvents").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(40, nodes.Count);

        // The same events under their locations: a list under a record, whose references load by key level by level.
        var (locations, _) = await QueryAsync($"{{ dockingLocations(first: 10) {{ nodes {{ dockingEvents(first: 100, order: [{{ docking: DESC }}]) {{ nodes {{ ...Event }} }} }} }} }}\n{Selection}");
        var byKey = locations.GetProperty("dockingLocations").GetProperty("nodes").EnumerateArray()
            .SelectMany(f => f.GetProperty("dockingEvents").GetProperty("nodes").EnumerateArray())
            .GroupBy(e => e.GetProperty("id").GetInt32())
            .ToDictionary(g => g.Key, g => g.First().ToString());
        var compared = nodes.Where(n => byKey.ContainsKey(n.GetProperty("id").GetInt32())).ToList();
        Assert.True(compared.Count >= 20, $"only {compared.Count} events to compare");
        Assert.All(compared, n => Assert.Equal(byKey[n.GetProperty("id").GetInt32()], n.ToString()));
        Assert.Contains(nodes, n => n.GetProperty("chaser").ValueKind == JsonValueKind.Object && n.GetProperty("chaser").TryGetProperty("spacecraft", out _));
    }

    [SkippableFact]
    public async Task Union_members_read_their_own_selected_columns_through_fragments()
    {
        var (data, statements) = await QueryAsync("""
            { dockingEvents(first: 50) { nodes { id chaser { ...Flight ... on SpaceStation { name } } } } }
            fragment Flight on SpacecraftFlight { destination }
            """);

        // The party's three keys (chaser only), then one statement per member type present.
        Assert.Equal(["FlightVehicleChaserId", "Id", "PayloadFlightChaserId", "SpaceStationChaserId"], ColumnsRead(statements[0], "DockingEvents"));
        Assert.Equal(["Destination", "Id"], ColumnsRead(Assert.Single(statements, s => s.Contains("\"SpacecraftFlights\"", StringComparison.Ordinal)), "SpacecraftFlights"));
        await using var db = await Contexts.CreateDbContextAsync();
        var expected = await db.Set<DockingEvent>().OrderBy(e => e.Id).Take(50)
            .Select(e => new { e.Id, Destination = e.FlightVehicleChaser!.Destination, Station = e.SpaceStationChaser!.Name })
            .ToListAsync();
        Assert.Equal(
            expected.Select(e => $"{e.Id} {e.Destination ?? e.Station}"),
            data.GetProperty("dockingEvents").GetProperty("nodes").EnumerateArray().Select(n =>
                $"{n.GetProperty("id").GetInt32()} {(n.GetProperty("chaser") is { ValueKind: JsonValueKind.Object } chaser ? (chaser.TryGetProperty("destination", out var d) ? d.GetString() : chaser.GetProperty("name").GetString()) : null)}"));
    }

    [SkippableFact]
    public async Task A_record_asked_for_with_different_fields_in_two_places_comes_back_whole_for_both()
    {
        // The locations are loaded first for `dockingEvent` (asking for their name), then again
        // two levels deeper (asking for their station): the batch keeps the first ones, so they
        // must already carry the station's key.
        const string Query = """
            {
              dockingEvent(id: 1) { dockingLocation { id name } }
              spacecraftFlights(first: 50) { nodes { dockingEvents(first: 3) { nodes { dockingLocation { id spacestation { name } } } } } }
            }
            """;
        var (data, statements) = await QueryAsync(Query);

        Assert.Equal(["Id", "Name", "SpacestationId"], ColumnsRead(Assert.Single(statements, s => s.Contains("FROM \"DockingLocations\"", StringComparison.Ordinal)), "DockingLocations"));
        var first = data.GetProperty("dockingEvent").GetProperty("dockingLocation").GetProperty("id").GetInt32();
        var deeper = data.GetProperty("spacecraftFlights").GetProperty("nodes").EnumerateArray()
            .SelectMany(f => f.GetProperty("dockingEvents").GetProperty("nodes").EnumerateArray())
            .Select(e => e.GetProperty("dockingLocation"))
            .ToList();
        Assert.Contains(deeper, l => l.GetProperty("id").GetInt32() == first);

        await using var db = await Contexts.CreateDbContextAsync();
        var stations = await db.Set<DockingLocation>().Select(l => new { l.Id, Station = l.Spacestation!.Name }).ToDictionaryAsync(l => l.Id, l => l.Station);
        Assert.All(deeper, l => Assert.Equal(stations[l.GetProperty("id").GetInt32()], l.GetProperty("spacestation").GetProperty("name").GetString()));
    }

    [SkippableFact]
    public async Task Values_from_filters_searches_and_cursors_reach_the_store_as_parameters_never_as_SQL_text()
    {
        const string Page = """
            query ($after: String) {
              dockingEvents(first: 3, after: $after, order: [{ dockingLocation: { name: ASC } }],
                            where: { or: [{ url: { contains: "marker-one" } }, { id: { in: [900001, 900002] } }, { id: { gt: 0 } }] }) {
                edges { cursor node { id dockingLocation { name } } }
                pageInfo { endCursor }
              }
              searched: dockingEvents(first: 3, search: "markertwo") { totalCount }
            }
            """;
        var (first, statements) = await QueryAsync(Page);
        var edges = first.GetProperty("dockingEvents").GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(3, edges.Count);
        var lastName = edges[^1].GetProperty("node").GetProperty("dockingLocation").GetProperty("name").GetString()!;
        var (second, next) = await QueryAsync(Page, new { after = first.GetProperty("dockingEvents").GetProperty("pageInfo").GetProperty("endCursor").GetString() });

        Assert.NotEmpty(second.GetProperty("dockingEvents").GetProperty("edges").EnumerateArray());
        Assert.All(statements.Concat(next), statement =>
        {
            Assert.DoesNotContain("marker-one", statement, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("MARKERTWO", statement, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("900001", statement, StringComparison.Ordinal);
        });
        Assert.All(next, statement => Assert.DoesNotContain($"'{lastName}'", statement, StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_page_reads_its_sort_columns_so_its_cursors_lead_to_the_next_page()
    {
        const string Page = "query ($after: String) { dockingEvents(first: 7, after: $after, order: [{ departure: DESC }]) { edges { cursor node { id } } pageInfo { endCursor } } }";
        var (first, statements) = await QueryAsync(Page);
        Assert.Equal(["Departure", "Id"], ColumnsRead(Assert.Single(statements), "DockingEvents"));

        var after = first.GetProperty("dockingEvents").GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var (second, _) = await QueryAsync(Page, new { after });

        await using var db = await Contexts.CreateDbContextAsync();
        var expected = (await db.Set<DockingEvent>().Select(e => new { e.Id, e.Departure }).ToListAsync())
            .OrderBy(e => e.Departure is null ? 0 : 1).ThenByDescending(e => e.Departure).ThenBy(e => e.Id)
            .Select(e => e.Id).ToList();
        Assert.Equal(
            expected.Take(14),
            new[] { first, second }.SelectMany(page => page.GetProperty("dockingEvents").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetInt32())));
    }

    [SkippableFact]
    public async Task A_nested_list_reads_only_the_selected_columns_of_its_nodes()
    {
        var (data, statements) = await QueryAsync("{ spaceStations(first: 5) { nodes { id dockingLocations(first: 3) { nodes { name } } } } }");

        Assert.Equal(2, statements.Count);
        Assert.Equal(["Id"], ColumnsRead(statements[0], "SpaceStations"));
        Assert.Equal(["Id", "Name", "SpacestationId"], ColumnsRead(statements[1], "DockingLocations"));
        await using var db = await Contexts.CreateDbContextAsync();
        var expected = await db.Set<SpaceStation>().OrderBy(s => s.Id).Take(5)
            .Select(s => s.DockingLocations.OrderBy(l => l.Id).Take(3).Select(l => l.Name).ToList())
            .ToListAsync();
        Assert.Equal(
            expected.Select(names => string.Join(",", names)),
            data.GetProperty("spaceStations").GetProperty("nodes").EnumerateArray().Select(s => string.Join(",", s.GetProperty("dockingLocations").GetProperty("nodes").EnumerateArray().Select(l => l.GetProperty("name").GetString()))));
    }

    [SkippableFact]
    public async Task A_statement_joins_at_most_MaxJoinedRecords_records_and_the_rest_load_by_key()
    {
        // Every to-one reference of an event, three levels down, union members included.
        var schema = Gateway.Services.GetRequiredService<ISchema>();
        var selection = EveryReference(schema, (IObjectGraphType)schema.AllTypes["DockingEvent"]!, depth: 3);
        var (page, statements) = await QueryAsync($"{{ dockingEvents(first: 3, order: [{{ docking: DESC }}]) {{ nodes {selection} }} }}");

        var joins = Regex.Count(statements[0], "\\bJOIN\\b");
        output.WriteLine($"{joins} joins, {statements.Count} statements");
        Assert.Equal(SelectedColumns.MaxJoinedRecords, joins);
        Assert.True(statements.Count > 1, "the references past the bound load by key");

        // The same events through a list under their locations (the newest three overall are among the newest three of their own location), every level loaded by key.
        var (locations, _) = await QueryAsync($"{{ dockingLocations(first: 10) {{ nodes {{ dockingEvents(first: 3, order: [{{ docking: DESC }}]) {{ nodes {selection} }} }} }} }}");
        var byKey = locations.GetProperty("dockingLocations").GetProperty("nodes").EnumerateArray()
            .SelectMany(l => l.GetProperty("dockingEvents").GetProperty("nodes").EnumerateArray())
            .ToDictionary(e => e.GetProperty("id").GetInt32(), e => e.ToString());
        var nodes = page.GetProperty("dockingEvents").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(3, nodes.Count);
        Assert.All(nodes, n => Assert.Equal(byKey[n.GetProperty("id").GetInt32()], n.ToString()));
    }

    /// <summary>Every field of <paramref name="type"/> without arguments: scalars, and references (not lists) <paramref name="depth"/> levels down.</summary>
    private static string EveryReference(ISchema schema, IObjectGraphType type, int depth)
    {
        var fields = new List<string>();
        foreach (var field in type.Fields.Where(f => f.Arguments is not { Count: > 0 }))
        {
            var fieldType = field.ResolvedType is NonNullGraphType nonNull ? nonNull.ResolvedType : field.ResolvedType;
            switch (fieldType)
            {
                case ListGraphType:
                    break;
                case IObjectGraphType target when depth > 0:
                    fields.Add($"{field.Name} {EveryReference(schema, target, depth - 1)}");
                    break;
                case IAbstractGraphType union when depth > 0:
                    fields.Add($"{field.Name} {{ __typename {string.Join(" ", union.PossibleTypes.Select(member => $"... on {member.Name} {EveryReference(schema, member, depth - 1)}"))} }}");
                    break;
                case ScalarGraphType or EnumerationGraphType:
                    fields.Add(field.Name);
                    break;
            }
        }

        return $"{{ {string.Join(" ", fields)} }}";
    }

    private IDbContextFactory<DockingDbContext> Contexts => Gateway.Services.GetRequiredService<IDbContextFactory<DockingDbContext>>();

    private async Task<(JsonElement Data, IReadOnlyList<string> Statements)> QueryAsync(string query, object? variables = null)
    {
        using var log = new SqlStatementLog(Gateway.Database);
        var data = await Gateway.DataAsync(query, variables);
        foreach (var statement in log.Statements)
        {
            output.WriteLine(statement.ReplaceLineEndings(" "));
        }

        return (data, log.Statements);
    }

    /// <summary>The columns of <paramref name="table"/> a statement names anywhere (its select list, joins, filters, order), in name order.</summary>
    private static List<string> ColumnsRead(string statement, string table)
    {
        // SQLite quotes aliases ("d"), PostgreSQL does not (d).
        var alias = Regex.Match(statement, $"(?:FROM|JOIN)\\s+\"{table}\"\\s+AS\\s+\"?(\\w+)\"?");
        Assert.True(alias.Success, $"The statement does not read {table}: {statement}");
        return Regex.Matches(statement, $"(?<![\\w\"])\"?{alias.Groups[1].Value}\"?\\.\"(\\w+)\"").Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal).ToList();
    }

    public sealed class OnSqlite(BatchingTests.GeneratedGateway gateway, ITestOutputHelper output) : ProjectionTests(gateway, output), IClassFixture<BatchingTests.GeneratedGateway>
    {
    }

    public sealed class OnPostgreSql(BatchingTests.GeneratedGatewayOnPostgreSql gateway, ITestOutputHelper output) : ProjectionTests(gateway, output), IClassFixture<BatchingTests.GeneratedGatewayOnPostgreSql>
    {
    }
}
