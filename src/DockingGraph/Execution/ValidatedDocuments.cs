using DockingGraph.Execution.Limits;
using DockingGraph.Querying;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace DockingGraph.Execution;

/// <summary>
/// Documents parsed, measured and validated once, kept by their text (bounded by
/// <c>GraphQL:DocumentCacheMaxCount</c> and <c>DocumentCacheMaxBytes</c>, the bytes of text and
/// parsed nodes together): a request with a
/// document seen before skips the gate's lexing, parsing and measuring and GraphQL.NET's
/// validation, and runs only the rules that read its variables (cost, requested items, input
/// bounds: <see cref="ValidationRules"/>), each reading the operation's
/// <see cref="Plans.SelectionGraph"/>, made when the document was first validated. A document is kept only once it
/// has passed validation with its variables.
/// </summary>
public sealed class ValidatedDocuments(GraphLimits limits)
{
    /// <summary>The user-context flag of a request whose document came from the cache.</summary>
    public const string FromCache = "dockinggraph.document.validated";

    private readonly BoundedCache<GraphQLDocument> documents = new(limits.DocumentCacheMaxCount, limits.DocumentCacheMaxBytes);

    public int Count => documents.Count;

    /// <returns>The document (null when the text does not parse: the executer reports the syntax error), and whether it was validated before.</returns>
    /// <exception cref="ExecutionError">The request passes a limit of the document stage.</exception>
    public (GraphQLDocument? Document, bool Validated) Admit(string query, Inputs? variables)
    {
        DocumentGate.CheckVariableValues(variables, limits);
        return documents.Find(query) is { } known ? (known, true) : (DocumentGate.Admit(query, limits), false);
    }

    /// <summary>
    /// What one parsed token of a document holds at most, in bytes: its node and the nodes around
    /// it (a name, a field and its selection set, a value and its list). Measured on the parser's
    /// allocations over documents of one-character tokens, the densest there are.
    /// </summary>
    public const int BytesPerToken = 200;

    /// <summary>What the cache holds, in bytes, by its estimate (<see cref="EstimatedSize"/>).</summary>
    public long Bytes => documents.Bytes;

    /// <summary>Keeps a document that has just passed validation.</summary>
    public void Keep(string query, GraphQLDocument document) => documents.Add(query, document, EstimatedSize(query));

    /// <summary>
    /// What a document held in the cache weighs: its text (the key, which the parsed nodes also
    /// point into) and its parsed nodes, estimated by its tokens. Bounding the text alone let a
    /// thousand short documents of dense tokens hold hundreds of megabytes.
    /// </summary>
    public long EstimatedSize(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ((long)query.Length * sizeof(char)) + ((long)DocumentGate.CountTokens(query, limits.MaxTokens) * BytesPerToken);
    }
}
