using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsCheck;
using DockingGraph.Execution.Plans;
using DockingGraph.Tests.Hardening;
using DockingGraph.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.Graph;

/// <summary>
/// Compiled plans answer exactly as GraphQL.NET's resolvers do: two gateways over one store, one
/// on plans (the default) and one on the resolver path (<c>Execution:Plans=false</c>, the
/// reference), are sent the same requests and must answer the same bytes: every GraphQL document
/// written in the test suite's sources, and documents the schema fuzzer generates (variables,
/// aliases, fragments, unions, directives, wrong values). More of them:
/// <c>PLAN_FUZZ_ITERATIONS=5000 dotnet test --filter CompiledPlanTests</c> (the same requests on
/// every run, <see cref="FuzzSample"/>; fresh ones with <c>FUZZ_SEED=</c>).
/// </summary>
public abstract partial class CompiledPlanTests(GatewayFactory gateway) : StoreTests<GatewayFactory>(gateway)
{
    private static readonly int Iterations = FuzzSample.Iterations("PLAN_FUZZ_ITERATIONS", 300);

    private const string NestedPage = "{ dockingEvents(first: 100, order: [{ docking: DESC }]) { totalCount nodes { id docking departure dockingLocation { id name spacestation { id name } } spaceStationTarget { id name } flightVehicleChaser { id destination spacecraft { id name spacecraftConfig { id name agency { id name } } } } } } }";

    [SkippableFact]
    public async Task Every_document_in_the_test_suite_is_answered_byte_for_byte_as_the_resolvers_answer_it()
    {
        var documents = DocumentsOfTheSuite();
        Assert.True(documents.Count > 100, $"only {documents.Count} documents found in the suite's sources");

        await using var reference = new ResolverPathGateway(Gateway.Database);
        using var planned = Gateway.CreateClient();
        using var resolvers = reference.CreateClient();
        var statistics = Gateway.Services.GetRequiredService<PlanStatistics>();
        var before = statistics.PlannedCount;
        foreach (var document in documents)
        {
            await AssertSameAnswerAsync(planned, resolvers, document, null);
        }

        Assert.True(statistics.PlannedCount - before > documents.Count / 3, $"plans answered {statistics.PlannedCount - before} of {documents.Count} documents");
    }

    [SkippableFact]
    public async Task Generated_documents_are_answered_byte_for_byte_as_the_resolvers_answer_them()
    {
        await using var reference = new ResolverPathGateway(Gateway.Database);
        using var planned = Gateway.CreateClient();
        using var resolvers = reference.CreateClient();
        var fuzzer = new SchemaFuzzer(Gateway.Services.GetRequiredService<ISchema>());
        var statistics = Gateway.Services.GetRequiredService<PlanStatistics>();
        var before = statistics.PlannedCount;

        await fuzzer.Requests.CheckEachAsync(
            request => AssertSameAnswerAsync(planned, resolvers, request.Query, request.Variables),
            Iterations,
            print: request => $"{request.Query}\n{JsonSerializer.Serialize(request.Variables)}");

        Assert.True(statistics.PlannedCount - before > Iterations / 5, $"plans answered {statistics.PlannedCount - before} of {Iterations} generated requests");
    }

    [SkippableFact]
    public async Task The_nested_page_is_answered_by_its_plan()
    {
        var statistics = Gateway.Services.GetRequiredService<PlanStatistics>();
        var (planned, fellBack) = (statistics.PlannedCount, statistics.FellBackCount);

        await Gateway.DataAsync(NestedPage);

        Assert.Equal(planned + 1, statistics.PlannedCount);
        Assert.Equal(fellBack, statistics.FellBackCount);
    }

    [SkippableFact]
    public async Task Introspection_and_a_null_for_a_missing_record_are_answered_without_a_fallback_or_by_GraphQL_NET()
    {
        var statistics = Gateway.Services.GetRequiredService<PlanStatistics>();
        var planned = statistics.PlannedCount;

        await Gateway.DataAsync("{ __schema { queryType { name } } }");
        Assert.Equal(planned, statistics.PlannedCount);

        var data = await Gateway.DataAsync("{ dockingEvent(id: -1) { id } }");
        Assert.Equal(JsonValueKind.Null, data.GetProperty("dockingEvent").ValueKind);
        Assert.Equal(planned + 1, statistics.PlannedCount);
    }

    private static async Task AssertSameAnswerAsync(HttpClient planned, HttpClient resolvers, string query, Dictionary<string, object?>? variables)
    {
        using var fromPlan = await planned.PostAsJsonAsync("/graphql", new { query, variables });
        using var fromResolvers = await resolvers.PostAsJsonAsync("/graphql", new { query, variables });
        // A masked error names its request's trace: the one part two requests never share.
        var expected = TraceId().Replace(await fromResolvers.Content.ReadAsStringAsync(), "\"traceId\":\"…\"");
        var actual = TraceId().Replace(await fromPlan.Content.ReadAsStringAsync(), "\"traceId\":\"…\"");
        Assert.True(expected == actual, $"{query}\n{JsonSerializer.Serialize(variables)}\nresolvers: {expected}\nplan:      {actual}");
        Assert.Equal(fromResolvers.StatusCode, fromPlan.StatusCode);
    }

    /// <summary>Every string literal in the test suite's sources that parses as a GraphQL document with a selection.</summary>
    private static List<string> DocumentsOfTheSuite()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Node.TestsFolder, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            var source = File.ReadAllText(file);
            foreach (Match literal in Literal().Matches(source))
            {
                var text = literal.Groups["raw"].Success ? literal.Groups["raw"].Value : Unescaped(literal.Groups["text"].Value);
                if (text.Contains('{', StringComparison.Ordinal) && Parses(text))
                {
                    found.Add(text);
                }
            }
        }

        return [.. found];
    }

    /// <summary>A regular C# literal's text, its escapes undone.</summary>
    private static string Unescaped(string literal)
    {
        var text = new System.Text.StringBuilder(literal.Length);
        for (var i = 0; i < literal.Length; i++)
        {
            if (literal[i] != '\\' || i + 1 == literal.Length)
            {
                text.Append(literal[i]);
                continue;
            }

            var escaped = literal[++i];
            if (escaped == 'u' && i + 4 < literal.Length)
            {
                text.Append((char)Convert.ToInt32(literal.Substring(i + 1, 4), 16));
                i += 4;
                continue;
            }

            text.Append(escaped switch { 'n' => '\n', 'r' => '\r', 't' => '\t', '0' => '\0', _ => escaped });
        }

        return text.ToString();
    }

    private static bool Parses(string text)
    {
        try
        {
            return GraphQLParser.Parser.Parse(text).Definitions.Count > 0;
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false;
        }
    }

    [GeneratedRegex("\"traceId\":\"[0-9a-f]+\"")]
    private static partial Regex TraceId();

    /// <summary>A raw string literal, or a regular one that is not interpolated.</summary>
    [GeneratedRegex("\"\"\"(?<raw>.*?)\"\"\"|(?<![$@\\w])\"(?<text>(?:[^\"\\\\\\n]|\\\\.)*)\"", RegexOptions.Singleline)]
    private static partial Regex Literal();

    /// <summary>The reference: the same store, answered by GraphQL.NET's resolvers.</summary>
    private sealed class ResolverPathGateway(TestDatabase shared) : GatewayFactory(shared, seed: false)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Execution:Plans", "false");
        }
    }

    [Collection(SeededGatewayOnSqlite.Name)]
    public sealed class OnSqlite(GatewayFactory gateway) : CompiledPlanTests(gateway)
    {
    }

    [Collection(SeededGatewayOnPostgreSql.Name)]
    public sealed class OnPostgreSql(PostgresGatewayFactory gateway) : CompiledPlanTests(gateway)
    {
    }
}
