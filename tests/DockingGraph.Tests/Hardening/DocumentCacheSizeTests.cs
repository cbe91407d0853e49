using DockingGraph.Execution;
using DockingGraph.Execution.Limits;
using GraphQLParser;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// The validated-document cache is bounded by what it really holds: each document weighs its text
/// and its parsed nodes, so that <c>GraphQL:DocumentCacheMaxBytes</c> bounds the memory, not only
/// the text.
/// </summary>
public sealed class DocumentCacheSizeTests
{
    private static readonly GraphLimits Limits = new();

    /// <summary>Documents of the densest kinds: one-character tokens that each make nodes.</summary>
    public static TheoryData<string, string> DenseDocuments => new()
    {
        { "nested fields", $"{{ {string.Concat(Enumerable.Repeat("a{", 40))}b{new string('}', 40)} }}" },
        { "sibling fields", $"{{ {string.Join(" ", Enumerable.Range(0, 190).Select(i => $"f{i % 10}"))} }}" },
        { "arguments", $"{{ f({string.Join(" ", Enumerable.Range(0, 50).Select(i => $"a{i}:{i % 10}"))}) }}" },
        { "list values", $"{{ f(a:[{string.Join(" ", Enumerable.Repeat("1", 3000))}]) }}" },
        { "object values", $"{{ f(a:[{string.Join(" ", Enumerable.Repeat("{a:1}", 1000))}]) }}" },
        { "aliases", $"{{ {string.Join(" ", Enumerable.Range(0, 100).Select(i => $"a{i}:f"))} }}" },
        { "directives", $"{{ {string.Join(" ", Enumerable.Range(0, 50).Select(i => "f@i"))} }}" },
        { "spreads", $"{{ {string.Join(" ", Enumerable.Repeat("...F", 190))} }} fragment F on Q {{ f }}" },
        { "variables", $"query({string.Join(" ", Enumerable.Range(0, 100).Select(i => $"$v{i}:I"))}) {{ f }}" },
    };

    [Theory]
    [MemberData(nameof(DenseDocuments))]
    public void A_kept_document_weighs_at_least_what_parsing_it_allocates(string what, string query)
    {
        var documents = new ValidatedDocuments(Limits);
        Parse(query);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Parse(query);
        var parsed = GC.GetAllocatedBytesForCurrentThread() - before;

        var estimate = documents.EstimatedSize(query);
        Assert.True(estimate >= parsed + (query.Length * sizeof(char)), $"{what}: {estimate} bytes estimated, {parsed} allocated parsing {query.Length} characters");
        Assert.True(estimate <= 4 * (parsed + (query.Length * sizeof(char))), $"{what}: {estimate} bytes estimated, only {parsed} allocated parsing {query.Length} characters");
    }

    [Fact]
    public void Keeping_documents_past_the_bytes_forgets_the_least_recently_used_and_holds_the_bound()
    {
        static string Query(int i) => $"{{ {string.Join(" ", Enumerable.Range(0, 100).Select(f => $"f{i}_{f}"))} }}";
        var weight = new ValidatedDocuments(Limits).EstimatedSize(Query(0));
        var documents = new ValidatedDocuments(new GraphLimits { DocumentCacheMaxBytes = (3 * weight) + (weight / 2) });

        for (var i = 0; i < 10; i++)
        {
            documents.Keep(Query(i), Parse(Query(i)));
            Assert.True(documents.Bytes <= (3 * weight) + (weight / 2), $"{documents.Bytes} bytes held after {i + 1} documents");
        }

        Assert.Equal(3, documents.Count);
        Assert.Equal(3 * weight, documents.Bytes);
        Assert.True(documents.Admit(Query(9), null).Validated);
        Assert.False(documents.Admit(Query(6), null).Validated);
    }

    private static GraphQLParser.AST.GraphQLDocument Parse(string query) =>
        Parser.Parse(query, new ParserOptions { MaxDepth = Limits.MaxParserDepth, Ignore = IgnoreOptions.Comments });
}
