using System.Text.Json;
using DockingGraph.Batching;
using DockingGraph.Execution;
using DockingGraph.Execution.Binding;
using DockingGraph.Execution.SchemaGeneration;
using DockingGraph.Features.Launches;
using DockingGraph.Features.Programs;
using DockingGraph.Querying;
using DockingGraph.Tests.Infrastructure;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.Graph;

/// <summary>
/// A record's key may be of any type: <c>Launch</c>, keyed by LL2's UUID string, bound as a root
/// pair and as the parent of a connection by one line each, its SDL generated as the gateway's is,
/// and queried on a real seeded store. Expectations are read from the store with EF Core directly.
/// </summary>
public sealed class AnyKeyTypeTests : IDisposable
{
    private readonly TestStore store = new();

    [Fact]
    public async Task A_string_keyed_record_is_a_root_and_the_parent_of_a_connection()
    {
        await store.ImportAsync([.. Seeds.All]);
        using var db = store.Contexts.CreateDbContext();
        var launchIds = await db.Set<Launch>().Select(l => l.Id).ToListAsync();
        launchIds.Sort(StringComparer.Ordinal);
        var withPrograms = await db.Set<LaunchProgram>().GroupBy(p => p.LaunchId).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
        var programs = await db.Set<LaunchProgram>().Where(p => p.LaunchId == withPrograms).Select(p => p.ItemId).OrderBy(id => id).ToListAsync();
        Assert.True(launchIds.Count > 3);

        using var graph = new LaunchGraphHost(store);

        var one = await graph.QueryAsync($$"""{ launch(id: "{{withPrograms}}") { id programList { totalCount nodes { id } } } }""");
        Assert.Equal(withPrograms, one.GetProperty("launch").GetProperty("id").GetString());
        Assert.Equal(programs.Count, one.GetProperty("launch").GetProperty("programList").GetProperty("totalCount").GetInt32());
        Assert.Equal(programs, one.GetProperty("launch").GetProperty("programList").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()));

        var missing = await graph.QueryAsync("""{ launch(id: "not-a-launch") { id } }""");
        Assert.Equal(JsonValueKind.Null, missing.GetProperty("launch").ValueKind);

        // A cursor walk over string keys, in their order, ends where the list does.
        Assert.Equal(launchIds, await WalkAsync(graph, ""));

        // Ordered through a relation, the cursors carry keys the database reads by the string ids.
        const string order = "order: [{ launchServiceProvider: { name: DESC } }]";
        var whole = await graph.QueryAsync($"{{ launches(first: 100, {order}) {{ nodes {{ id }} }} }}");
        var expected = whole.GetProperty("launches").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.Equal(launchIds.Order(StringComparer.Ordinal), expected.Order(StringComparer.Ordinal));
        Assert.Equal(expected, await WalkAsync(graph, ", " + order));
    }

    private static async Task<List<string>> WalkAsync(LaunchGraphHost graph, string arguments)
    {
        var walked = new List<string>();
        string? after = null;
        do
        {
            var page = (await graph.QueryAsync($"query($after: String) {{ launches(first: 2, after: $after{arguments}) {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}", new Inputs(new Dictionary<string, object?> { ["after"] = after }))).GetProperty("launches");
            walked.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        return walked;
    }

    public void Dispose() => store.Dispose();

    /// <summary>The test's own binding: what a feature would write to make launches a root and their programs a connection.</summary>
    private sealed class LaunchRoots : IGraphBinding
    {
        public void Bind(GraphBindings graph) => graph
            .Roots("launch", "launches", new SearchFields<Launch>("the launch's name", l => l.Name))
            .Connection<Launch, SpaceProgram>("programList", "The programs of this launch, as a connection.", l => l.Program.Select(p => p.Item!));
    }

    /// <summary>The gateway's schema with <see cref="LaunchRoots"/> added, its SDL generated, over the test's store.</summary>
    private sealed class LaunchGraphHost : IDisposable
    {
        private readonly ServiceProvider services;
        private readonly GraphQL.Types.ISchema schema;

        public LaunchGraphHost(TestStore store)
        {
            services = new ServiceCollection().AddSingleton(store.Contexts).AddSingleton<ModelLoaders>().AddSingleton<IRecordProjection, SelectedColumns.ForLoaders>().AddScoped<RequestLoaders>().BuildServiceProvider();

            IGraphBinding[] bindings = [.. GraphBindings.Declared(), new LaunchRoots()];
            var handWritten = DockingSchema.ReadSdl(withGenerated: false);
            var generated = GenerateSchemaCommand.Generate(handWritten, GraphBindings.Of(bindings));
            Assert.Contains("launches(", generated[0].Text, StringComparison.Ordinal);
            Assert.Contains("launch(id: String!): Launch", generated[0].Text, StringComparison.Ordinal);
            schema = DockingSchema.Build(string.Join("\n", [handWritten, .. generated.Select(g => g.Text)]), bindings, services.GetRequiredService<ModelLoaders>());
        }

        public async Task<JsonElement> QueryAsync(string query, Inputs? variables = null)
        {
            await using var scope = services.CreateAsyncScope();
            var result = await new DocumentExecuter().ExecuteAsync(options =>
            {
                options.Schema = schema;
                options.Query = query;
                options.Variables = variables;
                options.RequestServices = scope.ServiceProvider;
            });
            var json = JsonDocument.Parse(new GraphQLSerializer().Serialize(result)).RootElement;
            Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
            return json.GetProperty("data");
        }

        public void Dispose() => services.Dispose();
    }
}
