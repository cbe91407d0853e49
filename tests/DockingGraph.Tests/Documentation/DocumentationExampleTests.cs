using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DockingGraph.Tests.Infrastructure;
using GraphQLParser;
using GraphQLParser.AST;

namespace DockingGraph.Tests.Documentation;

/// <summary>
/// Every example query of README.md and docs/ runs on the bundled data, so a wrong example fails
/// the suite: fenced <c>graphql</c> blocks (and a <c>json</c> block right after one is its exact
/// answer), the queries that <c>curl -d</c> examples send, and inline code that is a whole query
/// (<c>`{ dockingEvent(id: 607) { docking } }`</c>). An example must answer without errors and find
/// something: every <c>totalCount</c> in its answer above 0 and every <c>nodes</c> list not empty.
/// </summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed partial class DocumentationExampleTests(GatewayFactory gateway)
{
    public static TheoryData<string, int, string> Examples()
    {
        var examples = new TheoryData<string, int, string>();
        foreach (var (file, line, query, _) in Documented())
        {
            examples.Add(file, line, query);
        }

        return examples;
    }

    public static TheoryData<string, int> Answers()
    {
        var answers = new TheoryData<string, int>();
        foreach (var (file, line, _, answer) in Documented().Where(e => e.Answer is not null))
        {
            answers.Add(file, line);
        }

        return answers;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Every_documented_query_runs_on_the_bundled_data_and_finds_something(string file, int line, string query)
    {
        if (query.TrimStart().StartsWith("subscription", StringComparison.Ordinal))
        {
            await AssertSubscribesAsync(query, variables: null, $"{file}:{line}");
            return;
        }

        var result = await gateway.QueryAsync(query);

        Assert.False(result.TryGetProperty("errors", out var errors), $"{file}:{line}: {errors}");
        AssertFindsSomething(result.GetProperty("data"), $"{file}:{line}");
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task A_documented_answer_is_the_answer(string file, int line)
    {
        var (_, _, query, answer) = Documented().Single(e => e.File == file && e.Line == line);

        var result = await gateway.QueryAsync(query);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(answer!), JsonNode.Parse(result.GetRawText())), $"{file}:{line} answers\n{JsonSerializer.Serialize(result, Indented)}");
    }

    [Fact]
    public void The_documents_have_examples_to_run()
    {
        Assert.True(Documented().Count(e => e.File == "README.md") >= 8);
        Assert.Contains(Documented(), e => e.Answer is not null);
    }

    /// <summary>
    /// A subscription waits for commits, so an example of one is checked by subscribing over
    /// Server-Sent Events: it must be accepted (no errors before anything runs, which the protocol
    /// sends as the stream's first event) and stay open.
    /// </summary>
    private async Task AssertSubscribesAsync(string query, object? variables, string where)
    {
        using var client = gateway.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query, variables = variables ?? Variables(query) }) };
        request.Headers.Accept.ParseAdd("text/event-stream");
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[4096];
        var reading = stream.ReadAsync(buffer).AsTask();
        if (await Task.WhenAny(reading, Task.Delay(TimeSpan.FromMilliseconds(500))) == reading)
        {
            // Only a keep-alive comment may come before a commit does.
            var text = System.Text.Encoding.UTF8.GetString(buffer, 0, await reading);
            Assert.True(text.StartsWith(':'), $"{where}: the subscription was answered at once: {text}");
        }
    }

    /// <summary>Values for a documented operation's variables: the bundled data's station 4 for an Int.</summary>
    private static Dictionary<string, object?> Variables(string query) =>
        VariableOfInt().Matches(query).ToDictionary(m => m.Groups[1].Value, _ => (object?)4);

    [GeneratedRegex(@"\$(\w+): Int!")]
    private static partial Regex VariableOfInt();

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static IEnumerable<(string File, int Line, string Query, string? Answer)> Documented()
    {
        var root = PublishedGateway.RepositoryRoot;
        var files = new[] { Path.Combine(root, "README.md") }.Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md").Order(StringComparer.Ordinal));
        foreach (var path in files)
        {
            var name = Path.GetRelativePath(root, path);
            var lines = File.ReadAllLines(path);
            var blocks = Blocks(lines).ToList();
            for (var i = 0; i < blocks.Count; i++)
            {
                var (language, start, text) = blocks[i];
                if (language == "graphql")
                {
                    var answer = i + 1 < blocks.Count && blocks[i + 1].Language == "json" ? blocks[i + 1].Text : null;
                    yield return (name, start + 1, text, answer);
                }
                else if (language == "sh")
                {
                    foreach (Match body in CurlBody().Matches(text.Replace("\\\n", " ", StringComparison.Ordinal)))
                    {
                        yield return (name, start + 1, JsonDocument.Parse(body.Groups[1].Value).RootElement.GetProperty("query").GetString()!, null);
                    }
                }
            }

            foreach (var (line, code) in InlineCode(lines))
            {
                if (IsQuery(code))
                {
                    yield return (name, line + 1, code, null);
                }
            }
        }
    }

    private static IEnumerable<(string Language, int Start, string Text)> Blocks(string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                var start = i;
                var language = lines[i][3..].Trim();
                var end = Array.FindIndex(lines, i + 1, l => l.StartsWith("```", StringComparison.Ordinal));
                yield return (language, start, string.Join('\n', lines[(i + 1)..end]));
                i = end;
            }
        }
    }

    private static IEnumerable<(int Line, string Code)> InlineCode(string[] lines)
    {
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (!inFence)
            {
                foreach (Match code in InlineSpan().Matches(lines[i]))
                {
                    yield return (i, code.Groups[1].Value);
                }
            }
        }
    }

    /// <summary>A whole query document, as opposed to a fragment of one, a JSON value or an input type's outline.</summary>
    private static bool IsQuery(string code)
    {
        if (!code.StartsWith("{ ", StringComparison.Ordinal) || !code.EndsWith(" }", StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            return Parser.Parse(code).Definitions is [GraphQLOperationDefinition];
        }
        catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException)
        {
            return false;
        }
    }

    private static void AssertFindsSomething(JsonElement value, string where)
    {
        var pending = new Stack<(string Name, JsonElement Value)>();
        pending.Push(("data", value));
        while (pending.TryPop(out var item))
        {
            switch (item.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in item.Value.EnumerateObject())
                    {
                        pending.Push((property.Name, property.Value));
                    }

                    break;
                case JsonValueKind.Array:
                    Assert.True(item.Name != "nodes" || item.Value.GetArrayLength() > 0, $"{where}: an empty `nodes`");
                    foreach (var element in item.Value.EnumerateArray())
                    {
                        pending.Push((item.Name, element));
                    }

                    break;
                case JsonValueKind.Number when item.Name == "totalCount":
                    Assert.True(item.Value.GetInt32() > 0, $"{where}: a totalCount of 0");
                    break;
            }
        }
    }

    [GeneratedRegex(@"curl [^\n]*?-d '(\{.*?\})'", RegexOptions.Singleline)]
    private static partial Regex CurlBody();

    [GeneratedRegex(@"(?<!`)`([^`]+)`(?!`)")]
    private static partial Regex InlineSpan();
}
