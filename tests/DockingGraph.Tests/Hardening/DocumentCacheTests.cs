using System.Net.Http.Json;
using System.Text.Json;
using DockingGraph.Execution;
using DockingGraph.Tests.Infrastructure;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// A document is parsed and validated once and kept by its text; on every later request the rules
/// that read variables (cost, requested items, input bounds) still run, so variables cannot carry
/// a cached document past a limit. A document that fails validation is not kept.
/// </summary>
public sealed class DocumentCacheTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    private ValidatedDocuments Documents => gateway.Services.GetRequiredService<ValidatedDocuments>();

    [Fact]
    public async Task A_document_is_kept_once_and_answers_the_same_from_the_cache()
    {
        const string Query = "query Kept($n: Int) { dockingEvents(first: $n, order: [{ docking: DESC }]) { totalCount nodes { id dockingLocation { name } } } }";
        var before = Documents.Count;

        var first = await PostAsync(Query, new { n = 3 });
        var second = await PostAsync(Query, new { n = 3 });
        var third = await PostAsync(Query, new { n = 2 });

        Assert.Equal(before + 1, Documents.Count);
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(3, first.GetProperty("data").GetProperty("dockingEvents").GetProperty("nodes").GetArrayLength());
        Assert.Equal(2, third.GetProperty("data").GetProperty("dockingEvents").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_cached_document_is_still_held_to_the_cost_with_its_variables()
    {
        const string Query = "query Costly($n: Int) { a: spaceStations(first: $n) { nodes { dockingEvents(first: $n) { nodes { chaser { __typename } target { __typename } dockingLocation { id } flightVehicleChaser { id } spaceStationTarget { id } } } } } b: spaceStations(first: $n) { nodes { dockingEvents(first: $n) { nodes { chaser { __typename } target { __typename } dockingLocation { id } flightVehicleChaser { id } spaceStationTarget { id } } } } } c: spaceStations(first: $n) { nodes { dockingEvents(first: $n) { nodes { chaser { __typename } target { __typename } dockingLocation { id } flightVehicleChaser { id } spaceStationTarget { id } } } } } }";
        Assert.False((await PostAsync(Query, new { n = 1 })).TryGetProperty("errors", out _));

        var refused = await PostAsync(Query, new { n = 100 });

        Assert.Equal("HC0047", Code(refused));
        Assert.False(refused.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task A_cached_document_is_still_held_to_the_requested_items_and_the_filter_bounds()
    {
        const string Nested = "query Nested($n: Int) { spaceStations(first: $n) { nodes { dockingLocations(first: $n) { nodes { dockingEvents(first: $n) { nodes { id } } } } } } }";
        const string Filtered = "query Filtered($w: DockingEventFilterInput) { dockingEvents(where: $w) { totalCount } }";
        Assert.False((await PostAsync(Nested, new { n = 2 })).TryGetProperty("errors", out _));
        Assert.False((await PostAsync(Filtered, new { w = new { id = new { eq = 1 } } })).TryGetProperty("errors", out _));

        var tooMany = await PostAsync(Nested, new { n = 100 });
        var tooWide = await PostAsync(Filtered, new { w = new { or = Enumerable.Range(0, 500).Select(i => new { id = new { eq = i } }) } });

        Assert.Equal("MAX_REQUESTED_ITEMS_EXCEEDED", Code(tooMany));
        Assert.Equal("FILTER_MAX_NODES_EXCEEDED", Code(tooWide));
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_not_kept()
    {
        var before = Documents.Count;

        var invalid = await PostAsync("{ dockingEvents { nodes { noSuchField } } }");
        var unparsable = await PostAsync("{ dockingEvents { nodes { id }");

        Assert.Equal("FIELDS_ON_CORRECT_TYPE", Code(invalid));
        Assert.Equal("SYNTAX_ERROR", Code(unparsable));
        Assert.Equal(before, Documents.Count);
    }

    [Fact]
    public async Task A_kept_document_is_not_validated_again_only_its_variable_rules_run()
    {
        using var counted = new CountingValidation();
        const string Query = "query Twice($n: Int) { dockingEvents(first: $n) { nodes { id } } }";

        foreach (var n in (int[])[1, 2, 3])
        {
            using var client = counted.CreateClient();
            using var response = await client.PostAsJsonAsync("/graphql", new { query = Query, variables = new { n } });
            var result = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(n, result.GetProperty("data").GetProperty("dockingEvents").GetProperty("nodes").GetArrayLength());
        }

        Assert.Equal(1, counted.Rule.Runs);
    }

    private static string? Code(JsonElement result) => result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString();

    private async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        using var client = gateway.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>A gateway with one more validation rule for fresh documents only, which counts its runs.</summary>
    private sealed class CountingValidation : GatewayFactory
    {
        public CountedRule Rule { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IConfigureExecution>(new AddedForFreshDocuments(Rule)));
        }
    }

    private sealed class CountedRule : ValidationRuleBase
    {
        private int runs;

        public int Runs => runs;

        public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
        {
            Interlocked.Increment(ref runs);
            return default;
        }
    }

    /// <summary>After the builder's rules (100), before the gateway picks the rules of a kept document (150).</summary>
    private sealed class AddedForFreshDocuments(CountedRule rule) : IConfigureExecution
    {
        public float SortOrder => 120;

        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
        {
            options.ValidationRules = [.. options.ValidationRules ?? DocumentValidator.CoreRules, rule];
            return next(options);
        }
    }
}
