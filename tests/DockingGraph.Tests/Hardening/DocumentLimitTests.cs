using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DockingGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// The document stage before validation and execution: each limit at its value runs, one past it
/// is refused with its own code and nothing executes; the attacks that once killed or stalled the
/// gateway are refused at the default limits, and it still answers afterwards.
/// </summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed class DocumentLimitTests(DocumentLimitTests.TightGateway tight, GatewayFactory gateway) : IClassFixture<DocumentLimitTests.TightGateway>
{
    [Theory]
    [InlineData("MAX_TOKENS_EXCEEDED")]
    [InlineData("MAX_FIELDS_PER_SELECTION_SET_EXCEEDED")]
    [InlineData("MAX_ALIASES_EXCEEDED")]
    [InlineData("MAX_DIRECTIVES_EXCEEDED")]
    [InlineData("MAX_OPERATIONS_EXCEEDED")]
    [InlineData("MAX_VARIABLES_EXCEEDED")]
    [InlineData("MAX_EXECUTED_FIELDS_EXCEEDED")]
    [InlineData("MAX_PARSER_DEPTH_EXCEEDED")]
    public async Task At_a_limit_a_document_runs_and_one_past_it_is_refused_with_its_code(string code)
    {
        var (atLimit, pastLimit) = Documents(code);

        var runs = await tight.PostAsync(atLimit);
        using var log = new SqlStatementLog(tight.Database);
        var refused = await tight.PostAsync(pastLimit);

        Assert.False(runs.TryGetProperty("errors", out var errors), $"{atLimit}\n{errors}");
        AssertRefused(refused, code);
        Assert.Empty(log.Statements);
    }

    [Fact]
    public async Task Variable_values_sent_count_as_well_as_those_declared()
    {
        var variables = Enumerable.Range(0, TightGateway.Variables + 1).ToDictionary(i => $"v{i}", i => (object)i);

        var refused = await tight.QueryAsync("{ __typename }", variables);

        AssertRefused(refused, "MAX_VARIABLES_EXCEEDED");
    }

    [Fact]
    public async Task A_body_past_the_limit_is_a_413_with_a_graphql_error()
    {
        using var client = tight.CreateClient();
        var query = $"{{ __typename }} #{new string('x', TightGateway.RequestBytes)}";

        using var response = await client.PostAsJsonAsync("/graphql", new { query });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("HC0010", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    public static TheoryData<string, string> Attacks => new()
    {
        // 5,000 `or` branches (about 100 KB): once a stack overflow inside EF Core's SQL generator.
        { "MAX_TOKENS_EXCEEDED", $"{{ dockingEvents(where: {{ or: [{string.Join(", ", Enumerable.Range(0, 5_000).Select(i => $"{{ id: {{ eq: {i} }} }}"))}] }}) {{ totalCount }} }}" },

        // 400 bytes of fragments, each spreading the previous one ten times: once more than a minute.
        { "MAX_EXECUTED_FIELDS_EXCEEDED", "{ ...F9 } fragment F0 on Query { __typename } " + string.Join(" ", Enumerable.Range(1, 9).Select(i => $"fragment F{i} on Query {{ {string.Join(" ", Enumerable.Repeat($"...F{i - 1}", 10))} }}")) },

        // 50,000 `__typename`: once 22 seconds.
        { "MAX_TOKENS_EXCEEDED", $"{{ {string.Join(" ", Enumerable.Repeat("__typename", 50_000))} }}" },

        // 20,000 `@include` directives: once 3.5 seconds.
        { "MAX_TOKENS_EXCEEDED", $"{{ __typename {string.Join(" ", Enumerable.Repeat("@include(if: true)", 20_000))} }}" },
        { "MAX_DIRECTIVES_EXCEEDED", $"{{ __typename {string.Join(" ", Enumerable.Repeat("@include(if: true)", 51))} }}" },

        // 2,000 aliased pages of 100: once a 7 MB answer.
        { "MAX_TOKENS_EXCEEDED", $"{{ {string.Join(" ", Enumerable.Range(0, 2_000).Select(i => $"p{i}: dockingEvents(first: 100) {{ nodes {{ id }} }}"))} }}" },
        { "MAX_ALIASES_EXCEEDED", $"{{ {string.Join(" ", Enumerable.Range(0, 101).Select(i => $"p{i}: dockingEvents(first: 100) {{ nodes {{ id }} }}"))} }}" },

        // A literal of a million digits: 17 s of CPU to convert, before any rule saw it.
        { "MAX_NUMBER_LENGTH_EXCEEDED", $"{{ dockingEvents(first: {new string('9', 1_000_000)}) {{ totalCount }} }}" },
        { "MAX_NUMBER_LENGTH_EXCEEDED", $"{{ dockingEvents(where: {{ id: {{ gt: 1.{new string('5', 100)} }} }}) {{ totalCount }} }}" },
    };

    [Fact]
    public async Task A_number_of_100_characters_reaches_validation()
    {
        var result = await gateway.QueryAsync($"{{ dockingEvents(first: {new string('9', 100)}) {{ totalCount }} }}");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.NotEqual("MAX_NUMBER_LENGTH_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task The_attacks_that_stalled_or_killed_the_gateway_are_refused_at_the_defaults(string code, string query)
    {
        await gateway.DataAsync("{ __typename }");
        using var log = new SqlStatementLog(gateway.Database);

        var refused = await gateway.QueryAsync(query);

        AssertRefused(refused, code);
        Assert.Empty(log.Statements);
        Assert.Equal(19, (await gateway.DataAsync("{ dockingEvents { totalCount } }")).GetProperty("dockingEvents").GetProperty("totalCount").GetInt32());
    }

    private static void AssertRefused(JsonElement result, string code)
    {
        Assert.False(result.TryGetProperty("data", out _), result.ToString());
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.True(error.GetProperty("extensions").GetProperty("maxAllowed").GetInt64() > 0);
    }

    /// <summary>A document exactly at the tight gateway's limit for <paramref name="code"/>, and one just past it.</summary>
    private static (string AtLimit, string PastLimit) Documents(string code) => code switch
    {
        // 20 tokens around the list, one per value (commas are not tokens).
        "MAX_TOKENS_EXCEEDED" => (InList(TightGateway.Tokens - 20), InList(TightGateway.Tokens - 19)),
        "MAX_FIELDS_PER_SELECTION_SET_EXCEEDED" => (Fields(TightGateway.FieldsPerSelectionSet, alias: false), Fields(TightGateway.FieldsPerSelectionSet + 1, alias: false)),
        "MAX_ALIASES_EXCEEDED" => (Fields(TightGateway.Aliases, alias: true), Fields(TightGateway.Aliases + 1, alias: true)),
        "MAX_DIRECTIVES_EXCEEDED" => (Directives(TightGateway.Directives), Directives(TightGateway.Directives + 1)),
        "MAX_OPERATIONS_EXCEEDED" => (Operations(TightGateway.Operations), Operations(TightGateway.Operations + 1)),
        "MAX_VARIABLES_EXCEEDED" => (Variables(TightGateway.Variables), Variables(TightGateway.Variables + 1)),

        // Ten spreads of a fragment of ten spreads of one field: 100 fields executed, none written twice.
        "MAX_EXECUTED_FIELDS_EXCEEDED" => (Spreads(extra: false), Spreads(extra: true)),
        "MAX_PARSER_DEPTH_EXCEEDED" => DeepestParsed(TightGateway.ParserDepth),
        _ => throw new ArgumentOutOfRangeException(nameof(code)),
    };

    private static string InList(int values) => $"{{ dockingEvents(where: {{ id: {{ in: [{string.Join(", ", Enumerable.Range(1, values))}] }} }}) {{ totalCount }} }}";

    private static string Fields(int n, bool alias) => $"{{ {string.Join(" ", Enumerable.Range(0, n).Select(i => alias ? $"a{i}: __typename" : "__typename"))} }}";

    private static string Directives(int n) => $"{{ {string.Join(" ", Enumerable.Range(0, n).Select(i => "__typename @include(if: true)"))} }}";

    private static string Operations(int n) => string.Join(" ", Enumerable.Range(0, n).Select(i => $"query Q{i} {{ __typename }}"));

    private static string Variables(int n) =>
        $"query ({string.Join(", ", Enumerable.Range(0, n).Select(i => $"$v{i}: Boolean = true"))}) {{ {string.Join(" ", Enumerable.Range(0, n).Select(i => $"__typename @include(if: $v{i})"))} }}";

    private static string Spreads(bool extra) =>
        $"{{ {string.Join(" ", Enumerable.Repeat("...Ten", 10))}{(extra ? " __typename" : "")} }} fragment Ten on Query {{ {string.Join(" ", Enumerable.Repeat("...One", 10))} }} fragment One on Query {{ __typename }}";

    /// <summary>The deepest chain of stations and ports that the parser itself accepts at <paramref name="depth"/>, and one level more.</summary>
    private static (string AtLimit, string PastLimit) DeepestParsed(int depth)
    {
        static string Chain(int levels)
        {
            var text = "id";
            for (var i = 0; i < levels; i++)
            {
                text = $"dockingLocations(first: 1) {{ nodes {{ spacestation {{ {text} }} }} }}";
            }

            return $"{{ spaceStations(first: 1) {{ nodes {{ {text} }} }} }}";
        }

        bool Parses(string text)
        {
            try
            {
                GraphQLParser.Parser.Parse(text, new GraphQLParser.ParserOptions { MaxDepth = depth });
                return true;
            }
            catch (GraphQLParser.Exceptions.GraphQLMaxDepthExceededException)
            {
                return false;
            }
        }

        var levels = 0;
        while (Parses(Chain(levels + 1)))
        {
            levels++;
        }

        return (Chain(levels), Chain(levels + 1));
    }

    /// <summary>A seeded gateway whose document limits are small enough to reach in a test.</summary>
    public sealed class TightGateway : GatewayFactory
    {
        /// <summary>Posts a document; a document of several operations runs its first.</summary>
        public async Task<JsonElement> PostAsync(string query)
        {
            using var client = CreateClient();
            var operationName = query.StartsWith("query Q0", StringComparison.Ordinal) ? "Q0" : null;
            using var response = await client.PostAsJsonAsync("/graphql", new { query, operationName });
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }

        public const int Tokens = 100;
        public const int FieldsPerSelectionSet = 20;
        public const int Aliases = 10;
        public const int Directives = 10;
        public const int Operations = 3;
        public const int Variables = 5;
        public const int ExecutedFields = 100;
        public const int ParserDepth = 30;
        public const int RequestBytes = 4096;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("GraphQL:MaxTokens", $"{Tokens}");
            builder.UseSetting("GraphQL:MaxFieldsPerSelectionSet", $"{FieldsPerSelectionSet}");
            builder.UseSetting("GraphQL:MaxAliases", $"{Aliases}");
            builder.UseSetting("GraphQL:MaxDirectives", $"{Directives}");
            builder.UseSetting("GraphQL:MaxOperations", $"{Operations}");
            builder.UseSetting("GraphQL:MaxVariables", $"{Variables}");
            builder.UseSetting("GraphQL:MaxExecutedFields", $"{ExecutedFields}");
            builder.UseSetting("GraphQL:MaxParserDepth", $"{ParserDepth}");
            builder.UseSetting("GraphQL:MaxRequestBytes", $"{RequestBytes}");

            // Deep enough for the parser's limit to be the one reached.
            builder.UseSetting("GraphQL:MaxDepth", "50");
        }
    }
}
