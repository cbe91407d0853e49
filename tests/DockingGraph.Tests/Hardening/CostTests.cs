using System.Net.Http.Json;
using System.Text.Json;
using DockingGraph.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// One cost for the whole request: summed over siblings and aliases, multiplied by page sizes
/// along paths, bounded by <c>GraphQL:MaxCost</c> before anything runs (HotChocolate's HC0047),
/// and reported when the client sends <c>GraphQL-Cost: report</c>.
/// </summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed class CostTests(GatewayFactory gateway)
{
    /// <summary>A 100 by 100 page: a station's events, each with the objects and scalars put in place of OBJECTS.</summary>
    private const string Heavy = "{ spaceStations(first: 100) { nodes { dockingEvents(first: 100) { nodes { OBJECTS } } } } }";

    /// <summary>The nested page of the performance anchors: 100 events, 7 objects and 17 scalars each, and the count.</summary>
    private const string NestedPage = "{ dockingEvents(first: 100, order: [{ docking: DESC }]) { totalCount nodes { id docking departure dockingLocation { id name spacestation { id name } } spaceStationTarget { id name } flightVehicleChaser { id destination spacecraft { id name spacecraftConfig { id name agency { id name } } } } } } }";

    /// <summary>The reverse relations of the performance anchors at their largest pages: 100 stations, 100 events each, each event's chaser.</summary>
    private const string StationsEventsChasers = "{ spaceStations(first: 100) { nodes { id name dockingEvents(first: 100, order: [{ docking: DESC }]) { totalCount nodes { id docking flightVehicleChaser { id spacecraft { id name } } } } } } }";

    /// <summary>The common introspection query of GraphQL IDEs (the bench's).</summary>
    private const string StandardIntrospection = "query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name } types { ...FullType } directives { name description locations args { ...InputValue } } } } fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef } enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } } fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue } fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }";

    [Theory]
    [InlineData("{ __typename }", 1)]
    [InlineData("{ dockingEvents(first: 5) { totalCount nodes { id dockingLocation { name } } } }", 22)]
    [InlineData("{ dockingEvents { edges { cursor node { id } } pageInfo { hasNextPage } } }", 33)]
    [InlineData("{ a: dockingEvents(first: 5) { nodes { id } } b: dockingEvents(first: 5) { nodes { id } } }", 22)]
    [InlineData("{ spaceStations(first: 10) { nodes { dockingEvents(first: 10) { totalCount nodes { docking } } } } }", 231)]
    [InlineData(NestedPage, 2_502)]
    [InlineData(StationsEventsChasers, 80_501)]
    public async Task The_cost_is_reported_when_asked_for(string query, double cost)
    {
        var result = await PostAsync(query, report: true);

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(cost, result.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
    }

    [Theory]
    [InlineData("{ dockingEvents(first: 5) { ...Page } } fragment Page on DockingEventsConnection { totalCount nodes { ...Event } } fragment Event on DockingEvent { id dockingLocation { name } }", 22)]
    [InlineData("{ dockingEvents { ... on DockingEventsConnection { edges { cursor node { id } } } pageInfo { ...Info } } } fragment Info on PageInfo { hasNextPage }", 33)]
    [InlineData("{ a: dockingEvents(first: 5) { ...Ids } b: dockingEvents(first: 5) { ...Ids } } fragment Ids on DockingEventsConnection { nodes { id } }", 22)]
    [InlineData("{ spaceStations(first: 10) { nodes { ...Events ...Events } } } fragment Events on SpaceStation { dockingEvents(first: 10) { totalCount nodes { docking } } }", 451)]
    public async Task A_fragment_costs_what_its_fields_cost_wherever_it_is_spread(string query, double cost)
    {
        var result = await PostAsync(query, report: true);

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(cost, Cost(result));
    }

    [Fact]
    public async Task Fields_and_fragments_left_out_by_skip_and_include_cost_nothing()
    {
        const string query = "query ($on: Boolean!) { dockingEvents(first: 5) { totalCount @skip(if: $on) nodes { id ... @include(if: $on) { dockingLocation { name } } ...Location @skip(if: $on) } } } fragment Location on DockingEvent { dockingLocation { name } }";

        var included = await PostAsync(query, report: true, new { on = true });
        var skipped = await PostAsync(query, report: true, new { on = false });

        Assert.Equal(21, Cost(included));
        Assert.Equal(22, Cost(skipped));
    }

    [Fact]
    public async Task Without_the_header_no_cost_is_reported()
    {
        var result = await PostAsync("{ dockingEvents(first: 5) { nodes { id } } }", report: false);

        Assert.False(result.TryGetProperty("extensions", out _));
    }

    [Fact]
    public async Task Page_sizes_from_variables_count()
    {
        var result = await PostAsync("query ($n: Int) { dockingEvents(first: $n) { nodes { dockingLocation { id } } } }", report: true, new { n = 40 });

        Assert.Equal(121, result.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble());
    }

    [Fact]
    public async Task At_the_limit_a_request_runs_and_past_it_it_is_refused_before_anything_runs()
    {
        // 1 + 100 x (1 + 1 + 100 x (1 + objects + their scalars)): four objects fit (9 an event), five do not (11).
        const string Four = "chaser { __typename } target { __typename } dockingLocation { id } flightVehicleChaser { id }";
        const string Five = $"{Four} spaceStationTarget {{ id }}";
        using var log = new SqlStatementLog(gateway.Database);
        var runs = await PostAsync(Heavy.Replace("OBJECTS", Four, StringComparison.Ordinal), report: true);
        log.Clear();

        var refused = await PostAsync(Heavy.Replace("OBJECTS", Five, StringComparison.Ordinal), report: true);

        Assert.False(runs.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(90_201, Cost(runs));
        var error = Assert.Single(refused.GetProperty("errors").EnumerateArray()).GetProperty("extensions");
        Assert.Equal("HC0047", error.GetProperty("code").GetString());
        Assert.Equal(110_201, error.GetProperty("fieldCost").GetDouble());
        Assert.Equal(100_000, error.GetProperty("maxFieldCost").GetInt32());
        Assert.Equal(110_201, Cost(refused));
        Assert.Empty(log.Statements);
    }

    [Fact]
    public async Task Aliases_and_siblings_add_up_against_the_limit()
    {
        // Each 100 by 100 page with three objects an event costs 70,201 and runs alone; three cost 210,603.
        const string Page = "spaceStations(first: 100) { nodes { dockingEvents(first: 100) { nodes { chaser { __typename } target { __typename } dockingLocation { id } } } } }";
        var one = await PostAsync($"{{ {Page} }}", report: true);

        var refused = await PostAsync($"{{ a: {Page} b: {Page} c: {Page} }}", report: false);

        Assert.Equal(70_201, Cost(one));
        Assert.Equal("HC0047", Assert.Single(refused.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("{ dockingEvents(first: 5, WORK) { nodes { id } } }", "where: { id: { gt: 1 } }", 20)]
    [InlineData("{ dockingEvents(first: 5, WORK) { nodes { id } } }", "where: { or: [{ id: { eq: 1 } }, {}] }", 50)]
    [InlineData("{ dockingEvents(first: 5, WORK) { totalCount nodes { id } } }", "where: { id: { gt: 1 } }", 40)]
    [InlineData("{ spaceStations(first: 10) { nodes { dockingEvents(first: 5, WORK) { nodes { id } } } } }", "where: { id: { gt: 1 } }", 200)]
    [InlineData("{ dockingEvents(first: 5, WORK) { nodes { id } } }", "search: \"soyuz iss\"", 140)]
    [InlineData("{ spaceStations(first: 5, WORK) { nodes { id } } }", "search: \"zvezda\"", 10)]
    [InlineData("{ spaceStations(first: 10) { nodes { dockingEvents(first: 5, WORK) { totalCount nodes { id } } } } }", "search: \"soyuz\"", 1_400)]
    [InlineData("{ dockingEvents(first: 5, WORK) { nodes { id } } }", "order: [{ docking: DESC }]", 0)]
    [InlineData("{ dockingEvents(first: 5, WORK) { totalCount nodes { id } } }", "order: [{ docking: DESC }, { dockingLocation: { name: ASC, id: DESC } }]", 20)]
    public async Task Filter_search_and_sort_work_raise_the_cost_per_list_they_run_on(string query, string work, double raise)
    {
        var without = await PostAsync(query.Replace(", WORK", "", StringComparison.Ordinal), report: true);

        var with = await PostAsync(query.Replace("WORK", work, StringComparison.Ordinal), report: true);

        Assert.False(with.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(raise, Cost(with) - Cost(without));
    }

    [Fact]
    public async Task A_filter_from_a_variable_costs_what_it_holds()
    {
        var result = await PostAsync("query ($w: DockingEventFilterInput) { dockingEvents(first: 5, where: $w) { nodes { id } } }", report: true, new { w = new { or = Enumerable.Range(1, 9).Select(i => new { id = new { eq = i } }) } });

        // 1 + 5 x 2, and 10 x (or, 9 elements, 9 x (id, eq)) = 10 x 28.
        Assert.Equal(291, Cost(result));
    }

    [Fact]
    public async Task Sixty_two_aliased_pages_of_every_scalar_and_nine_objects_are_refused_before_anything_runs()
    {
        var page = $"dockingEvents(first: 100) {{ nodes {{ {Selection("DockingEvent", objects: 9, maxDepth: 4)} }} }}";
        using var log = new SqlStatementLog(gateway.Database);

        var one = await PostAsync($"{{ {page} }}", report: true);
        log.Clear();
        var refused = await PostAsync($"{{ {string.Join(" ", Enumerable.Range(0, 62).Select(i => $"a{i}: {page}"))} }}", report: true);

        Assert.False(one.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal("HC0047", Assert.Single(refused.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(62 * Cost(one), Cost(refused));
        Assert.Empty(log.Statements);
    }

    [Fact]
    public async Task Ninety_nine_aliased_lists_with_a_full_search_and_filter_are_refused_before_anything_runs()
    {
        // Ten terms of 100 characters, and a `where` of the 200 nodes allowed: 1 + 49 x 4 + 3.
        var search = string.Join(' ', Enumerable.Range(0, 10).Select(i => $"{i}{new string((char)('a' + i), 99)}"));
        var where = new { or = Enumerable.Range(0, 49).Select(i => (object)new { dockingLocation = new { name = new { contains = $"port {i}" } } }).Append(new { url = new { contains = "docking_event/1" } }) };
        var aliases = string.Join(" ", Enumerable.Range(0, 99).Select(i => $"a{i}: dockingEvents(first: 100, search: $s, where: $w) {{ totalCount nodes {{ id dockingLocation {{ name }} }} }}"));
        using var log = new SqlStatementLog(gateway.Database);

        var refused = await PostAsync($"query ($s: String, $w: DockingEventFilterInput) {{ {aliases} }}", report: true, new { s = search, w = where });

        // Each list: 1 + 100 x 4, its count 1, and twice (page and count) 200 x 10 + 10 terms x 7 fields x 10.
        Assert.Equal("HC0047", Assert.Single(refused.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(99 * (402 + (2 * (2_000 + 700))), Cost(refused));
        Assert.Empty(log.Statements);
    }

    [Fact]
    public async Task The_standard_introspection_query_fits_and_costs_at_least_the_fields_it_writes()
    {
        var result = await PostAsync(StandardIntrospection, report: true);

        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.InRange(Cost(result), FieldsWritten(result.GetProperty("data")), 100_000);
    }

    private static double Cost(JsonElement result) =>
        result.GetProperty("extensions").GetProperty("operationCost").GetProperty("fieldCost").GetDouble();

    /// <summary>Every field of an answer: each property of each object, however nested.</summary>
    private static int FieldsWritten(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().Sum(p => 1 + FieldsWritten(p.Value)),
        JsonValueKind.Array => value.EnumerateArray().Sum(FieldsWritten),
        _ => 0,
    };

    /// <summary>
    /// As the red-team bench selects: every scalar field without arguments of <paramref name="type"/>,
    /// and of the objects reachable through its to-one relations, depth first, at most
    /// <paramref name="objects"/> of them.
    /// </summary>
    private string Selection(string type, int objects, int maxDepth)
    {
        var schema = gateway.Services.GetRequiredService<ISchema>();
        var left = objects;
        return Select((IComplexGraphType)schema.AllTypes[type]!, 1);

        string Select(IComplexGraphType owner, int depth)
        {
            var parts = new List<string>();
            foreach (var field in owner.Fields.Where(f => f.Arguments is not { Count: > 0 }))
            {
                switch (field.ResolvedType!.GetNamedType())
                {
                    case var _ when field.ResolvedType is ListGraphType || field.ResolvedType is NonNullGraphType { ResolvedType: ListGraphType }:
                        break;
                    case ScalarGraphType or EnumerationGraphType:
                        parts.Add(field.Name);
                        break;
                    case IObjectGraphType target when left > 0 && depth < maxDepth:
                        left--;
                        parts.Add($"{field.Name} {{ {Select(target, depth + 1)} }}");
                        break;
                }
            }

            return string.Join(" ", parts);
        }
    }

    private async Task<JsonElement> PostAsync(string query, bool report, object? variables = null)
    {
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (report)
        {
            request.Headers.Add("GraphQL-Cost", "report");
        }

        using var response = await client.SendAsync(request);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
