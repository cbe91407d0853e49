using System.Net.Http.Json;
using System.Text.Json;
using DockingGraph.Execution.Limits;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// Sort keys are one more nested <c>ThenBy</c> each in the statement's expression, which EF Core
/// walks recursively: ten elements of 800 keys (every key the schema's sort inputs reach through
/// to-one relations) overflowed the stack and ended the process. Proved in a gateway process of
/// its own (an overflow there cannot take the test run down): the most keys that may be
/// configured, each as deep as may be configured, run with a cursor on each store, and the killer
/// is refused with its code while the process lives on. One class per store, so that xunit runs
/// the two stores' processes side by side.
/// </summary>
public abstract class SortKeyProcessTests(StoreProvider provider)
{
    /// <summary>The largest settings allowed (keys times the levels below an element at most <see cref="GraphLimits.MaxSortJoins"/>).</summary>
    [SkippableTheory]
    [InlineData(GraphLimits.MaxSortKeysCeiling, 1)]
    [InlineData(10, 4)]
    [InlineData(3, GraphLimits.MaxSortDepthCeiling)]
    public async Task The_largest_configurable_order_runs_and_ten_elements_of_800_keys_are_refused(int maxKeys, int maxDepth)
    {
        Stores.SkipWithout(provider);
        using var database = TestDatabase.Create(provider);
        await using var gateway = GatewayProcess.Start(
            GatewayProcess.BuiltGateway,
            [
                "--urls=http://127.0.0.1:0", $"--Database:Provider={provider}", $"--ConnectionStrings:Docking={database.ConnectionString}",
                $"--GraphQL:MaxSortKeys={maxKeys}", $"--GraphQL:MaxSortDepth={maxDepth}",
            ],
            new Dictionary<string, string> { ["HOME"] = Path.GetTempPath() });
        using var http = new HttpClient { BaseAddress = await gateway.ListeningAsync(), Timeout = TimeSpan.FromMinutes(2) };
        var leaves = await SortLeavesAsync(http, "DockingEventSortInput", 8);

        // The largest order admitted: as many keys as configured, the deepest allowed first, in
        // as few elements as hold them.
        var allowed = leaves.Where(path => path.Count <= maxDepth).OrderByDescending(path => path.Count).ToList();
        var largest = Enumerable.Range(0, maxKeys).Select(i => allowed[i % allowed.Count]).Chunk(allowed.Count).Select(Element).ToArray();
        const string Ordered = "query ($order: [DockingEventSortInput!], $after: String) { dockingEvents(first: 5, order: $order, after: $after) { edges { cursor node { id } } } }";
        var first = await PostAsync(http, Ordered, new { order = largest });
        Assert.False(first.TryGetProperty("errors", out var errors), errors.ToString() + gateway.Output);
        var cursor = first.GetProperty("data").GetProperty("dockingEvents").GetProperty("edges")[0].GetProperty("cursor").GetString();
        var next = await PostAsync(http, Ordered, new { order = largest, after = cursor });

        // The killer: ten elements of 800 keys each.
        var killer = Enumerable.Repeat(Element(leaves.Where(path => path.Count <= 8).Take(800)), 10).ToArray();
        var refused = await PostAsync(http, Ordered, new { order = killer });
        var alive = await PostAsync(http, "{ __typename }", null);

        Assert.True(leaves.Count >= 800, $"the schema reaches {leaves.Count} sort keys");
        Assert.False(next.TryGetProperty("errors", out errors), errors.ToString());
        Assert.Equal(
            first.GetProperty("data").GetProperty("dockingEvents").GetProperty("edges")[1].GetProperty("node").GetProperty("id").GetInt32(),
            next.GetProperty("data").GetProperty("dockingEvents").GetProperty("edges")[0].GetProperty("node").GetProperty("id").GetInt32());
        Assert.Equal("SORT_MAX_KEYS_EXCEEDED", Assert.Single(refused.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("Query", alive.GetProperty("data").GetProperty("__typename").GetString());
    }

    /// <summary>Every path to a sort direction below <paramref name="type"/>, through to-one relations, no type twice on a path, at most <paramref name="depth"/> objects deep.</summary>
    private static async Task<List<List<string>>> SortLeavesAsync(HttpClient http, string type, int depth)
    {
        var schema = await PostAsync(http, "{ __schema { types { name inputFields { name type { name kind ofType { name } } } } } }", null);
        var inputs = schema.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray()
            .Where(t => t.GetProperty("name").GetString()!.EndsWith("SortInput", StringComparison.Ordinal))
            .ToDictionary(
                t => t.GetProperty("name").GetString()!,
                t => t.GetProperty("inputFields").EnumerateArray().Select(f => (Name: f.GetProperty("name").GetString()!, Type: f.GetProperty("type").GetProperty("name").GetString()!)).ToList());
        var leaves = new List<List<string>>();
        var pending = new Stack<(string Type, List<string> Path, HashSet<string> Seen)>();
        pending.Push((type, [], [type]));
        while (pending.TryPop(out var item))
        {
            foreach (var (name, fieldType) in inputs[item.Type])
            {
                if (!inputs.ContainsKey(fieldType))
                {
                    leaves.Add([.. item.Path, name]);
                }
                else if (item.Path.Count + 2 <= depth && !item.Seen.Contains(fieldType))
                {
                    pending.Push((fieldType, [.. item.Path, name], [.. item.Seen, fieldType]));
                }
            }
        }

        return leaves;
    }

    /// <summary>One order element holding every path given, each ascending.</summary>
    private static Dictionary<string, object> Element(IEnumerable<List<string>> paths)
    {
        var element = new Dictionary<string, object>();
        foreach (var path in paths)
        {
            var level = element;
            foreach (var name in path.SkipLast(1))
            {
                if (!level.TryGetValue(name, out var nested))
                {
                    level[name] = nested = new Dictionary<string, object>();
                }

                level = (Dictionary<string, object>)nested;
            }

            level[path[^1]] = "ASC";
        }

        return element;
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string query, object? variables)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public sealed class OnSqlite() : SortKeyProcessTests(StoreProvider.Sqlite)
    {
    }

    public sealed class OnPostgreSql() : SortKeyProcessTests(StoreProvider.PostgreSQL)
    {
    }
}
