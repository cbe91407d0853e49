using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DockingGraph.Execution.Limits;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// The document stage's bounds proved against a real gateway process (a stack overflow ends the
/// process, never a test run): the deepest and widest documents the stage admits, built from the
/// limits themselves, are answered, one past each bound is refused with its code, and the fragment
/// chains that once overflowed the stack are refused while the process goes on answering.
/// </summary>
public sealed class DepthThroughFragmentsTests(DepthThroughFragmentsTests.DefaultLimits gateway) : IClassFixture<DepthThroughFragmentsTests.DefaultLimits>
{
    private const string DepthCode = "MAX_EXECUTION_DEPTH_EXCEEDED";

    private static readonly GraphLimits Limits = new();

    public static TheoryData<string, string> Admitted => new()
    {
        { "fields nested to MaxDepth through a chain of fragments", FieldChain(Limits.MaxDepth) },
        { "selection sets nested to MaxParserDepth through inline fragments and spreads", InlineChain(Limits.MaxParserDepth) },
        { "the widest selection set", $"{{ {string.Join(" ", Enumerable.Repeat("__typename", Limits.MaxFieldsPerSelectionSet))} }}" },
        { "every alias", $"{{ {string.Join(" ", Enumerable.Range(0, Limits.MaxAliases).Select(i => $"a{i}: dockingEvents(first: 1) {{ nodes {{ id }} }}"))} }}" },
        { "every executed field, through fragments", ExecutedFields(Limits.MaxExecutedFields) },
    };

    public static TheoryData<string, string> Refused => new()
    {
        { DepthCode, FieldChain(Limits.MaxDepth + 1) },
        { DocumentGate.ParserDepthCode, InlineChain(Limits.MaxParserDepth + 1) },
        { DocumentGate.SelectionSetCode, $"{{ {string.Join(" ", Enumerable.Repeat("__typename", Limits.MaxFieldsPerSelectionSet + 1))} }}" },
        { DocumentGate.AliasesCode, $"{{ {string.Join(" ", Enumerable.Range(0, Limits.MaxAliases + 1).Select(i => $"a{i}: __typename"))} }}" },
        { DocumentGate.ExecutedFieldsCode, ExecutedFields(Limits.MaxExecutedFields + 1) },

        // Chains that overflowed the stack in GraphQL.NET's validation and ended the process.
        { DepthCode, LevelsChain(fragments: 60, levels: 30) },
        { DepthCode, LevelsChain(fragments: 20, levels: 45) },

        // Chains of fragments each spreading the next ten times, ending in a fragment that is not
        // there or in the first again (850 bytes): measured as nothing, they once kept the
        // introspection walk busy for minutes (eight fragments: 59 s and 13 s) before validation
        // reported each unknown spread.
        { DocumentGate.UnknownFragmentCode, TenfoldChain(9, last: "...Missing") },
        { DocumentGate.FragmentCycleCode, TenfoldChain(9, last: "...F0") },
    };

    [Theory]
    [MemberData(nameof(Admitted))]
    public async Task The_deepest_and_widest_documents_the_stage_admits_are_answered(string what, string query)
    {
        var answer = await gateway.Process.PostAsync(query);

        Assert.True(answer.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, $"{what}: {answer}");
        Assert.False(gateway.Process.HasExited);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_document_past_a_bound_is_refused_with_its_code_and_the_process_answers_after_it(string code, string query)
    {
        var answer = await gateway.Process.PostAsync(query);

        Assert.Equal(code, Code(Assert.Single(answer.GetProperty("errors").EnumerateArray())));
        Assert.Equal("Query", (await gateway.Process.PostAsync("{ __typename }")).GetProperty("data").GetProperty("__typename").GetString());
    }

    [Fact]
    public async Task At_the_highest_depths_that_can_be_configured_the_deepest_documents_are_answered()
    {
        const int Ceiling = GraphLimits.MaxParserDepthCeiling;
        await using var raised = await GatewayProcessClient.StartAsync($"--GraphQL:MaxParserDepth={Ceiling}", $"--GraphQL:MaxDepth={Ceiling}");

        // Each spread nests a selection set too: the deepest chain is the deepest whose fields and spreads fit.
        var depth = Enumerable.Range(1, Ceiling).Last(d => Nesting(FieldChain(d, fieldsPerFragment: 30), d) <= Ceiling);
        var fields = await raised.PostAsync(FieldChain(depth, fieldsPerFragment: 30));
        var selections = await raised.PostAsync(InlineChain(Ceiling));
        var fieldsPast = await raised.PostAsync(FieldChain(depth + 1, fieldsPerFragment: 30));
        var selectionsPast = await raised.PostAsync(InlineChain(Ceiling + 1));

        Assert.True(fields.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object, fields.ToString());
        Assert.True(selections.TryGetProperty("data", out data) && data.ValueKind == JsonValueKind.Object, selections.ToString());
        Assert.Equal(DocumentGate.ParserDepthCode, Code(fieldsPast));
        Assert.Equal(DocumentGate.ParserDepthCode, Code(selectionsPast));
        Assert.False(raised.HasExited);
    }

    [Fact]
    public async Task A_depth_past_the_ceiling_is_a_start_error()
    {
        var run = await GatewayProcess.RunAsync([$"--GraphQL:MaxParserDepth={GraphLimits.MaxParserDepthCeiling + 1}"], new Dictionary<string, string> { ["HOME"] = Path.GetTempPath() });

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"GraphQL:MaxParserDepth must be from 4 to {GraphLimits.MaxParserDepthCeiling}", run.Errors, StringComparison.Ordinal);
    }

    private static string? Code(JsonElement answerOrError) =>
        answerOrError.TryGetProperty("errors", out var errors) ? Code(errors[0])
        : answerOrError.TryGetProperty("extensions", out var extensions) ? extensions.GetProperty("code").GetString()
        : $"no error: {answerOrError}";

    /// <summary>
    /// <paramref name="depth"/> fields nested (the last <c>__typename</c>), through events, their
    /// ports and the ports' events one at a time, a fragment every <paramref name="fieldsPerFragment"/>
    /// fields (a multiple of 3: on a port): every level runs.
    /// </summary>
    internal static string FieldChain(int depth, int fieldsPerFragment = 3)
    {
        // A fragment starts after each port that has more below it.
        var segments = new List<List<string>> { new() };
        for (var level = 0; level < depth - 1; level++)
        {
            segments[^1].Add((level % 3) switch { 0 => "dockingEvents(first: 1)", 1 => "nodes", _ => "dockingLocation" });
            if (level % fieldsPerFragment == fieldsPerFragment - 1 && level < depth - 2)
            {
                segments.Add([]);
            }
        }

        var texts = segments.Select((fields, i) =>
            $"{string.Concat(fields.Select(f => $"{f} {{ "))}{(i + 1 < segments.Count ? $"...F{i + 1}" : "__typename")}{string.Concat(Enumerable.Repeat(" }", fields.Count))}").ToList();
        return $"{{ {texts[0]} }} {string.Join(" ", texts.Skip(1).Select((text, i) => $"fragment F{i + 1} on DockingLocation {{ {text} }}"))}";
    }

    /// <summary>The selection sets a <see cref="FieldChain"/> of <paramref name="depth"/> fields nests: its operation's, one per field with fields below, one per spread.</summary>
    private static int Nesting(string fieldChain, int depth) => depth + fieldChain.Split("...F").Length - 1;

    /// <summary><paramref name="nesting"/> selection sets nested: the operation's, then fragments of inline fragments on <c>Query</c>, each spreading the next.</summary>
    internal static string InlineChain(int nesting)
    {
        var remaining = nesting - 1;
        var fragments = new List<string>();
        while (remaining > 0)
        {
            var levels = Math.Min(10, remaining);
            remaining -= levels;
            var body = remaining > 0 ? $"...I{fragments.Count + 1}" : "__typename";
            fragments.Add($"fragment I{fragments.Count} on Query {{ {string.Concat(Enumerable.Repeat("... on Query { ", levels - 1))}{body}{string.Concat(Enumerable.Repeat(" }", levels - 1))} }}");
        }

        return fragments.Count == 0 ? "{ __typename }" : $"{{ ...I0 }} {string.Join(" ", fragments)}";
    }

    /// <summary><paramref name="fields"/> fields executed: spreads of a fragment of a hundred, and the rest written out.</summary>
    internal static string ExecutedFields(int fields) =>
        $"{{ {string.Concat(Enumerable.Repeat("...Hundred ", fields / 100))}{string.Join(" ", Enumerable.Repeat("__typename", fields % 100))} }} fragment Hundred on Query {{ {string.Join(" ", Enumerable.Repeat("__typename", 100))} }}";

    /// <summary>A chain of <paramref name="fragments"/> fragments, each nesting <paramref name="levels"/> fields and spreading the next.</summary>
    internal static string LevelsChain(int fragments, int levels)
    {
        string[] cycle = ["dockingEvents", "nodes", "dockingLocation"];
        var names = Enumerable.Range(0, levels - (levels % 3)).Select(i => cycle[i % 3]).ToList();
        var parts = Enumerable.Range(0, fragments).Select(i =>
            $"fragment F{i} on DockingLocation {{ {string.Concat(names.Select(n => $"{n} {{ "))}{(i + 1 < fragments ? $"...F{i + 1}" : "id")}{string.Concat(Enumerable.Repeat(" }", names.Count))} }}");
        return $"{{ dockingLocation(id: 1) {{ ...F0 }} }} {string.Join(" ", parts)}";
    }

    /// <summary><paramref name="count"/> fragments each spreading the next ten times, the last spreading <paramref name="last"/> ten times.</summary>
    internal static string TenfoldChain(int count, string last) =>
        "{ ...F0 } " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"fragment F{i} on Query {{ {string.Join(" ", Enumerable.Repeat(i + 1 < count ? $"...F{i + 1}" : last, 10))} }}"));

    /// <summary>A gateway process at the default limits, on a seeded SQLite file of its own.</summary>
    public sealed class DefaultLimits : IAsyncLifetime
    {
        public GatewayProcessClient Process { get; private set; } = null!;

        public async Task InitializeAsync() => Process = await GatewayProcessClient.StartAsync();

        public async Task DisposeAsync() => await Process.DisposeAsync();
    }
}
