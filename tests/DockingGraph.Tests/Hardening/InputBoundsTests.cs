using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// The bounds on <c>where</c>, <c>order</c> and <c>search</c>: at every maximum at once, at the root
/// and on a nested connection, a request runs on each store (under its parameter limit, with no
/// deep expression tree); one past any maximum, however the value is given (a literal, a variable
/// sent, a variable's default value, a default inside a list or object), it is refused with the
/// bound's code before any statement runs.
/// </summary>
public abstract class InputBoundsTests(GatewayFactory gateway) : StoreTests<GatewayFactory>(gateway)
{
    // The defaults (GraphQL:Max...): 200 filter nodes, 10 levels, 100 values in a list, 10 sort
    // keys, 4 levels in an order element, 10 search terms of 100 characters.
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

    /// <summary>
    /// One value past each bound: its code, the variable's type, the field with <c>@</c> where the
    /// value goes, the value, and a value given inside a list or object instead (a variable of the
    /// element's type with that default, placed in <c>Around</c>, which goes where <c>@</c> is).
    /// </summary>
    private static readonly Dictionary<string, (string Code, string Type, string Field, object Value, (string Type, object Value, string Around)? Inner)> PastBounds = new()
    {
        ["filter nodes"] = (
            "FILTER_MAX_NODES_EXCEEDED", "DockingEventFilterInput", "dockingEvents(where: @) { totalCount }",
            new Dictionary<string, object?> { ["or"] = Enumerable.Range(0, 67).Select(Eq).ToList() },
            ("DockingEventFilterInput", Eq(1), $"{{ or: [{string.Join(", ", Enumerable.Repeat("$v", 67))}] }}")),
        ["filter nodes, empty objects"] = (
            "FILTER_MAX_NODES_EXCEEDED", "DockingEventFilterInput", "dockingEvents(where: @) { totalCount }",
            new Dictionary<string, object?> { ["or"] = Enumerable.Range(0, Nodes).Select(_ => new Dictionary<string, object?>()).ToList() },
            ("[DockingEventFilterInput!]", Enumerable.Range(0, Nodes).Select(_ => new Dictionary<string, object?>()).ToList(), "{ or: $v }")),
        ["filter depth"] = (
            "FILTER_MAX_DEPTH_EXCEEDED", "DockingEventFilterInput", "dockingEvents(where: @) { totalCount }",
            Ands(Depth + 1),
            ("DockingEventFilterInput", Ands(Depth), "{ and: [$v] }")),
        ["in list"] = (
            "FILTER_MAX_IN_LIST_EXCEEDED", "DockingEventFilterInput", "dockingEvents(where: @) { totalCount }",
            new Dictionary<string, object?> { ["id"] = new Dictionary<string, object?> { ["in"] = Enumerable.Range(1, InList + 1).ToList() } },
            ("[Int!]", Enumerable.Range(1, InList + 1).ToList(), "{ id: { nin: $v } }")),
        ["sort keys, one an element"] = (
            "SORT_MAX_KEYS_EXCEEDED", "[DockingEventSortInput!]", "dockingEvents(order: @) { totalCount }",
            Enumerable.Range(0, 11).Select(i => new Dictionary<string, object?> { [i % 2 == 0 ? "docking" : "id"] = new Sort("ASC") }).ToList(),
            ("DockingEventSortInput", new Dictionary<string, object?> { ["docking"] = new Sort("ASC") }, $"[{string.Join(", ", Enumerable.Repeat("$v", 11))}]")),
        ["sort keys, all in one element"] = (
            "SORT_MAX_KEYS_EXCEEDED", "[DockingEventSortInput!]", "dockingEvents(order: @) { totalCount }",
            new List<object?> { ElevenKeys() },
            ("DockingEventSortInput", ElevenKeys(), "[$v]")),
        ["sort depth"] = (
            "SORT_MAX_DEPTH_EXCEEDED", "[DockingEventSortInput!]", "dockingEvents(order: @) { totalCount }",
            new List<object?> { Chain(["flightVehicleChaser", "launch", "mission", "orbit", "celestialBody", "image"], new Dictionary<string, object?> { ["id"] = new Sort("ASC") }) },
            ("ImageSortInput", new Dictionary<string, object?> { ["id"] = new Sort("ASC") }, "[{ flightVehicleChaser: { launch: { mission: { orbit: { celestialBody: { image: $v } } } } } }]")),
        ["search terms"] = (
            "SEARCH_MAX_TERMS_EXCEEDED", "String", "dockingEvents(search: @) { totalCount }",
            string.Join(' ', Enumerable.Range(0, Terms + 1).Select(i => $"t{i}")), null),
        ["search term length"] = (
            "SEARCH_MAX_TERM_LENGTH_EXCEEDED", "String", "dockingEvents(search: @) { totalCount }",
            new string('x', TermLength + 1), null),
        ["requested items"] = (
            "MAX_REQUESTED_ITEMS_EXCEEDED", "Int", "spaceStations(first: @) { nodes { dockingEvents(first: 100) { totalCount } } }",
            101, null),
    };

    public static TheoryData<string, string> PastEachBound()
    {
        var data = new TheoryData<string, string>();
        foreach (var (bound, past) in PastBounds)
        {
            foreach (var way in (string[])["literal", "variable sent", "variable default", "default inside a list or object"])
            {
                if (way != "default inside a list or object" || past.Inner is not null)
                {
                    data.Add(bound, way);
                }
            }
        }

        return data;
    }

    [SkippableFact]
    public async Task Every_maximum_at_once_runs_at_the_root_and_on_a_nested_connection()
    {
        var ids = (await Gateway.DataAsync("{ dockingEvents(first: 100) { nodes { id } } }")).GetProperty("dockingEvents").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToArray();
        var where = MaximalFilter(ids);
        Assert.Equal((Nodes, Depth), Measure(where));
        var search = string.Join(' ', Enumerable.Range(0, Terms).Select(i => new string((char)('a' + i), TermLength)));

        // Ten stations: a nested list's filter, search and sort work counts once per parent in the
        // request's cost, and every maximum under 100 stations would cost more than GraphQL:MaxCost.
        var data = await Gateway.DataAsync(
            """
            query ($where: DockingEventFilterInput, $search: String) {
              dockingEvents(first: 100, where: $where, search: $search, order: [ORDER]) { totalCount nodes { id } }
              spaceStations(first: 10) { nodes { dockingEvents(first: 100, where: $where, search: $search, order: [ORDER]) { totalCount nodes { id } } } }
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

    [SkippableTheory]
    [InlineData("dockingEvents(where: { url: { nin: [$text] } }) { totalCount }")]
    [InlineData("dockingEvents(where: { dockingLocation: { name: { eq: $text } } }) { totalCount }")]
    [InlineData("dockingEvents(search: $text) { totalCount }")]
    public async Task A_text_with_a_nul_character_is_refused_alike_on_both_stores(string field)
    {
        var result = await Gateway.QueryAsync($"query ($text: String!) {{ {field} }}", new { text = "ISS\u0000" });

        Assert.Equal("TEXT_NUL_CHARACTER", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(result.TryGetProperty("data", out _));
    }

    [SkippableFact]
    public async Task A_bound_holds_for_what_a_variable_brings()
    {
        await Gateway.DataAsync("{ __typename }");
        using var log = new SqlStatementLog(Gateway.Database);
        // 3,000 branches: 9,000 JSON values, under what the body takes, far over the nodes a filter may have.
        var where = new Dictionary<string, object> { ["or"] = Enumerable.Range(0, 3_000).Select(i => new { id = new { eq = i } }).ToArray() };

        var result = await Gateway.QueryAsync("query ($w: DockingEventFilterInput) { dockingEvents(where: $w) { totalCount } }", new { w = where });

        AssertRefused(result, "FILTER_MAX_NODES_EXCEEDED");
        Assert.Empty(log.Statements);
    }

    [SkippableTheory]
    [MemberData(nameof(PastEachBound))]
    public async Task A_bound_holds_for_the_final_value_however_it_is_given(string bound, string way)
    {
        var (code, type, field, value, inner) = PastBounds[bound];
        var literal = GraphQLLiteral(value);
        var (query, variables) = way switch
        {
            "literal" => ($"{{ {field.Replace("@", literal, StringComparison.Ordinal)} }}", null),
            "variable sent" => ($"query ($v: {type}) {{ {field.Replace("@", "$v", StringComparison.Ordinal)} }}", new Dictionary<string, object?> { ["v"] = value }),
            "variable default" => ($"query ($v: {type} = {literal}) {{ {field.Replace("@", "$v", StringComparison.Ordinal)} }}", null),
            _ => ($"query ($v: {inner!.Value.Type} = {GraphQLLiteral(inner.Value.Value)}) {{ {field.Replace("@", inner.Value.Around, StringComparison.Ordinal)} }}", (Dictionary<string, object?>?)null),
        };
        await Gateway.DataAsync("{ __typename }");
        using var log = new SqlStatementLog(Gateway.Database);

        var result = await Gateway.QueryAsync(query, variables);

        AssertRefused(result, code);
        Assert.Empty(log.Statements);
    }

    [SkippableFact]
    public async Task The_largest_values_given_as_defaults_run()
    {
        // Ten keys, one of them four levels deep; ten terms of a hundred characters; pages of 100
        // (under ten stations: the search's work counts once per station in the request's cost).
        var keys = new Dictionary<string, object?>
        {
            ["docking"] = new Sort("DESC"),
            ["departure"] = new Sort("ASC"),
            ["url"] = new Sort("ASC"),
            ["dockingLocation"] = new Dictionary<string, object?> { ["name"] = new Sort("ASC"), ["id"] = new Sort("DESC") },
            ["spaceStationTarget"] = new Dictionary<string, object?> { ["name"] = new Sort("DESC"), ["id"] = new Sort("ASC") },
            ["flightVehicleChaser"] = Chain(["launch", "mission"], new Dictionary<string, object?> { ["id"] = new Sort("ASC") }),
            ["payloadFlightChaser"] = new Dictionary<string, object?> { ["id"] = new Sort("ASC") },
        };
        var order = new object[] { keys, new Dictionary<string, object?> { ["id"] = new Sort("DESC") } };
        var search = string.Join(' ', Enumerable.Range(0, Terms).Select(i => new string((char)('a' + i), TermLength)));
        var query = $$"""
            query ($order: [DockingEventSortInput!] = {{GraphQLLiteral(order)}}, $n: Int = 100, $search: String = {{GraphQLLiteral(search)}}) {
              ordered: dockingEvents(first: $n, order: $order) { nodes { id } }
              searched: spaceStations(first: 10) { nodes { dockingEvents(first: $n, search: $search) { totalCount } } }
            }
            """;

        var data = await Gateway.DataAsync(query);

        Assert.NotEmpty(data.GetProperty("ordered").GetProperty("nodes").EnumerateArray());
        Assert.All(data.GetProperty("searched").GetProperty("nodes").EnumerateArray(), s => Assert.Equal(0, s.GetProperty("dockingEvents").GetProperty("totalCount").GetInt32()));
    }

    private static void AssertRefused(JsonElement result, string code)
    {
        Assert.False(result.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, result.ToString());
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        if (code != "MAX_REQUESTED_ITEMS_EXCEEDED")
        {
            Assert.True(error.GetProperty("extensions").GetProperty("maxAllowed").GetInt32() > 0);
        }
    }

    /// <summary>
    /// Exactly <see cref="Nodes"/> nodes and <see cref="Depth"/> levels, a full <c>in</c> list at
    /// the deepest level (holding every seeded event's id), every event matching.
    /// </summary>
    private static Dictionary<string, object> MaximalFilter(int[] ids)
    {
        // A chain of `and`s down to the deepest level, its innermost a full list.
        object deepest = new Dictionary<string, object> { ["id"] = new Dictionary<string, object> { ["in"] = ids.Concat(Enumerable.Range(100_000, InList - ids.Length)).ToArray() } };
        for (var level = 0; level < Depth - 3; level++)
        {
            deepest = new Dictionary<string, object> { ["and"] = new[] { deepest } };
        }

        var filter = new Dictionary<string, object>
        {
            ["and"] = new[] { deepest },
            ["docking"] = new Dictionary<string, object> { ["gte"] = "1970-01-01T00:00:00Z" },
        };

        // The rest of the nodes as ids no event has: `or`, its element, `id`, `nin` and the values.
        var rest = Nodes - Measure(filter).Nodes - 4;
        filter["or"] = new[] { new Dictionary<string, object> { ["id"] = new Dictionary<string, object> { ["nin"] = Enumerable.Range(200_000, rest).ToArray() } } };
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

    /// <summary>The filter's nodes (each field given a value, each list element) and depth, counted as the gateway counts them.</summary>
    private static (int Nodes, int Depth) Measure(object value, int depth = 0) => value switch
    {
        Dictionary<string, object> fields => fields.Values.Select(v => Measure(v, depth + 1)).Aggregate((Nodes: fields.Count, Depth: depth + 1), (a, m) => (a.Nodes + m.Nodes, Math.Max(a.Depth, m.Depth))),
        System.Collections.IEnumerable list and not string => list.Cast<object>().Select(v => Measure(v, depth)).Aggregate((Nodes: list.Cast<object>().Count(), Depth: depth), (a, m) => (a.Nodes + m.Nodes, Math.Max(a.Depth, m.Depth))),
        _ => (0, depth),
    };

    /// <summary>A value as a GraphQL literal (an argument, a default value).</summary>
    private static string GraphQLLiteral(object? value) => value switch
    {
        null => "null",
        Sort direction => direction.Name,
        string text => JsonSerializer.Serialize(text),
        int number => number.ToString(CultureInfo.InvariantCulture),
        IDictionary<string, object?> fields => $"{{ {string.Join(", ", fields.Select(f => $"{f.Key}: {GraphQLLiteral(f.Value)}"))} }}",
        System.Collections.IEnumerable list => $"[{string.Join(", ", list.Cast<object?>().Select(GraphQLLiteral))}]",
        _ => throw new ArgumentException($"no literal for {value.GetType()}", nameof(value)),
    };

    private static Dictionary<string, object?> Eq(int id) => new() { ["id"] = new Dictionary<string, object?> { ["eq"] = id } };

    /// <summary><paramref name="levels"/> levels of nested objects: <c>and</c>s down to an <c>id</c> filter.</summary>
    private static Dictionary<string, object?> Ands(int levels) =>
        Enumerable.Range(0, levels - 2).Aggregate(Eq(1), (inner, _) => new Dictionary<string, object?> { ["and"] = new[] { inner } });

    private static Dictionary<string, object?> Chain(IEnumerable<string> path, object? leaf) =>
        (Dictionary<string, object?>)path.Reverse().Aggregate(leaf, (inner, name) => new Dictionary<string, object?> { [name] = inner })!;

    private static Dictionary<string, object?> ElevenKeys() => new()
    {
        ["docking"] = new Sort("DESC"),
        ["departure"] = new Sort("ASC"),
        ["url"] = new Sort("ASC"),
        ["id"] = new Sort("ASC"),
        ["dockingLocation"] = new Dictionary<string, object?> { ["name"] = new Sort("ASC"), ["id"] = new Sort("DESC") },
        ["spaceStationTarget"] = new Dictionary<string, object?> { ["name"] = new Sort("DESC"), ["id"] = new Sort("ASC") },
        ["flightVehicleChaser"] = new Dictionary<string, object?> { ["id"] = new Sort("ASC") },
        ["payloadFlightChaser"] = new Dictionary<string, object?> { ["id"] = new Sort("ASC") },
        ["flightVehicleTarget"] = new Dictionary<string, object?> { ["id"] = new Sort("ASC") },
    };

    /// <summary>A sort direction: an enum value, bare in a literal and a string in JSON.</summary>
    [JsonConverter(typeof(SortConverter))]
    private sealed record Sort(string Name);

    private sealed class SortConverter : JsonConverter<Sort>
    {
        public override Sort Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, Sort value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
    }

    [Collection(SeededGatewayOnSqlite.Name)]
    public sealed class OnSqlite(GatewayFactory gateway) : InputBoundsTests(gateway)
    {
    }

    [Collection(SeededGatewayOnPostgreSql.Name)]
    public sealed class OnPostgreSql(PostgresGatewayFactory gateway) : InputBoundsTests(gateway)
    {
    }
}
