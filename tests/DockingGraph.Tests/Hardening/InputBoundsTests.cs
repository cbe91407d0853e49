using System.Text.Json;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// The bounds on <c>where</c>, <c>order</c> and <c>search</c>: at every maximum at once, at the root
/// and on a nested connection, a request runs on each store (under its parameter limit, with no
/// deep expression tree); one past any maximum, literal or through a variable, it is refused with
/// the bound's code before any statement runs.
/// </summary>
public abstract class InputBoundsTests(GatewayFactory gateway) : StoreTests<GatewayFactory>(gateway)
{
    // The defaults (GraphQL:Max...): 200 filter nodes, 10 levels, 100 values in a list, 10 sort
    // keys, 10 search terms of 100 characters.
    private const int Nodes = 200;
    private const int Depth = 10;
    private const int InList = 100;
    private const int Terms = 10;
    private const int TermLength = 100;

    private static readonly string[] SortKeys =
    [
        "{ docking: DESC }", "{ departure: ASC }", "{ url: ASC }", "{ dockingLocation: { name: ASC } }", "{ dockingLocation: { id: DESC } }",
        "{ flightVehicleChaser: { id: ASC } }", "{ spaceStationTarget: { name: DESC } }", "{ spaceStationTarget: { id: ASC } }",
        "{ payloadFlightChaser: { id: ASC } }", "{ flightVehicleTarget: { id: ASC } }",
    ];

    [SkippableFact]
    public async Task Every_maximum_at_once_runs_at_the_root_and_on_a_nested_connection()
    {
        var ids = (await Gateway.DataAsync("{ dockingEvents(first: 100) { nodes { id } } }")).GetProperty("dockingEvents").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToArray();
        var where = MaximalFilter(ids);
        Assert.Equal((Nodes, Depth), Measure(where));
        var search = string.Join(' ', Enumerable.Range(0, Terms).Select(i => new string((char)('a' + i), TermLength)));

        var data = await Gateway.DataAsync(
            """
            query ($where: DockingEventFilterInput, $search: String) {
              dockingEvents(first: 100, where: $where, search: $search, order: [ORDER]) { totalCount nodes { id } }
              spaceStations(first: 100) { nodes { dockingEvents(first: 100, where: $where, search: $search, order: [ORDER]) { totalCount nodes { id } } } }
              everyEvent: dockingEvents(first: 100, where: $where, order: [ORDER]) { totalCount }
            }
            """.Replace("ORDER", string.Join(", ", SortKeys), StringComparison.Ordinal),
            new { where, search });

        // No event has a name with a hundred a's; without the search, every event matches the filter.
        Assert.Equal(0, data.GetProperty("dockingEvents").GetProperty("totalCount").GetInt32());
        Assert.All(data.GetProperty("spaceStations").GetProperty("nodes").EnumerateArray(), s => Assert.Equal(0, s.GetProperty("dockingEvents").GetProperty("totalCount").GetInt32()));
        Assert.Equal(ids.Length, data.GetProperty("everyEvent").GetProperty("totalCount").GetInt32());
    }

    [SkippableTheory]
    [InlineData("FILTER_MAX_NODES_EXCEEDED", "{ dockingEvents(where: { or: [@OR@] }) { totalCount } }", "{ id: { eq: 1 } }", 100)]
    [InlineData("FILTER_MAX_IN_LIST_EXCEEDED", "{ dockingEvents(where: { id: { in: [@IN@] } }) { totalCount } }", null, 0)]
    [InlineData("FILTER_MAX_IN_LIST_EXCEEDED", "{ dockingEvents(where: { id: { nin: [@IN@] } }) { totalCount } }", null, 0)]
    [InlineData("FILTER_MAX_DEPTH_EXCEEDED", "{ dockingEvents(where: @DEEP@) { totalCount } }", null, 0)]
    [InlineData("SORT_MAX_KEYS_EXCEEDED", "{ dockingEvents(order: [@SORT@]) { totalCount } }", null, 0)]
    [InlineData("SEARCH_MAX_TERMS_EXCEEDED", "{ dockingEvents(search: \"@TERMS@\") { totalCount } }", null, 0)]
    [InlineData("SEARCH_MAX_TERM_LENGTH_EXCEEDED", "{ dockingEvents(search: \"@LONG@\") { totalCount } }", null, 0)]
    [InlineData("FILTER_MAX_NODES_EXCEEDED", "{ spaceStations { nodes { dockingEvents(where: { or: [@OR@] }) { totalCount } } } }", "{ id: { eq: 1 } }", 100)]
    public async Task One_past_a_maximum_is_refused_with_its_code_before_anything_runs(string code, string query, string? orItem, int orCount)
    {
        var text = query
            .Replace("@OR@", string.Join(", ", Enumerable.Repeat(orItem ?? "", orCount)), StringComparison.Ordinal)
            .Replace("@IN@", string.Join(", ", Enumerable.Range(1, InList + 1)), StringComparison.Ordinal)
            .Replace("@DEEP@", Nested(Depth + 1), StringComparison.Ordinal)
            .Replace("@SORT@", string.Join(", ", SortKeys.Append("{ id: ASC }")), StringComparison.Ordinal)
            .Replace("@TERMS@", string.Join(' ', Enumerable.Range(0, Terms + 1).Select(i => $"t{i}")), StringComparison.Ordinal)
            .Replace("@LONG@", new string('x', TermLength + 1), StringComparison.Ordinal);
        await Gateway.DataAsync("{ __typename }");
        using var log = new SqlStatementLog(Gateway.Database);

        var result = await Gateway.QueryAsync(text);

        AssertRefused(result, code);
        Assert.Empty(log.Statements);
    }

    [SkippableFact]
    public async Task A_bound_holds_for_what_a_variable_brings()
    {
        await Gateway.DataAsync("{ __typename }");
        using var log = new SqlStatementLog(Gateway.Database);
        var where = new Dictionary<string, object> { ["or"] = Enumerable.Range(0, 5_000).Select(i => new { id = new { eq = i } }).ToArray() };

        var result = await Gateway.QueryAsync("query ($w: DockingEventFilterInput) { dockingEvents(where: $w) { totalCount } }", new { w = where });

        AssertRefused(result, "FILTER_MAX_NODES_EXCEEDED");
        Assert.Empty(log.Statements);
    }

    private static void AssertRefused(JsonElement result, string code)
    {
        Assert.False(result.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, result.ToString());
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(error.GetProperty("extensions").GetProperty("maxAllowed").GetInt32() > 0);
    }

    /// <summary>
    /// Exactly <see cref="Nodes"/> nodes and <see cref="Depth"/> levels, as many full <c>in</c> lists
    /// as fit (each holding every seeded event's id), every event matching.
    /// </summary>
    private static Dictionary<string, object> MaximalFilter(int[] ids)
    {
        object FullList() => new Dictionary<string, object> { ["id"] = new Dictionary<string, object> { ["in"] = ids.Concat(Enumerable.Range(100_000, InList - ids.Length)).ToArray() } };

        // A chain of `and`s down to the deepest level, its innermost a full list.
        object deepest = FullList();
        for (var level = 0; level < Depth - 3; level++)
        {
            deepest = new Dictionary<string, object> { ["and"] = new[] { deepest } };
        }

        // The rest of the nodes as full lists side by side (two nodes each), and a range of
        // dockings (two or three nodes) to make the count exact.
        var used = 1 + (Depth - 3) + 2;
        var lists = (Nodes - used - 1 - 2) / 2;
        var or = Enumerable.Range(0, lists).Select(_ => FullList()).ToList();
        var filter = new Dictionary<string, object> { ["and"] = new[] { deepest }, ["or"] = or };
        var range = new Dictionary<string, object> { ["gte"] = "1970-01-01T00:00:00Z" };
        if (Nodes - used - 1 - (lists * 2) == 3)
        {
            range["lte"] = "2999-01-01T00:00:00Z";
        }

        filter["docking"] = range;
        return filter;
    }

    private static string Nested(int depth)
    {
        var text = "{ id: { eq: 1 } }";
        for (var level = 2; level < depth; level++)
        {
            text = $"{{ and: [{text}] }}";
        }

        return text;
    }

    /// <summary>The filter's nodes and depth, counted as the gateway counts them.</summary>
    private static (int Nodes, int Depth) Measure(object value, int depth = 0) => value switch
    {
        Dictionary<string, object> fields => fields.Values.Select(v => Measure(v, depth + 1)).Aggregate((Nodes: fields.Count, Depth: depth + 1), (a, m) => (a.Nodes + m.Nodes, Math.Max(a.Depth, m.Depth))),
        System.Collections.IEnumerable list and not string => list.Cast<object>().Select(v => Measure(v, depth)).Aggregate((Nodes: 0, Depth: depth), (a, m) => (a.Nodes + m.Nodes, Math.Max(a.Depth, m.Depth))),
        _ => (0, depth),
    };

    [Collection(SeededGatewayOnSqlite.Name)]
    public sealed class OnSqlite(GatewayFactory gateway) : InputBoundsTests(gateway)
    {
    }

    [Collection(SeededGatewayOnPostgreSql.Name)]
    public sealed class OnPostgreSql(PostgresGatewayFactory gateway) : InputBoundsTests(gateway)
    {
    }
}
