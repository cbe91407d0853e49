using DockingGraph.Execution;
using DockingGraph.Http;
using GraphQL;
using Microsoft.Extensions.Options;

namespace DockingGraph.Http.Persisted;

/// <summary>
/// Turns a request that names a persisted document into one that carries its text, before the
/// document stage sees it: <c>{"id": "&lt;hex&gt;"}</c> (HotChocolate), <c>{"documentId":
/// "sha256:&lt;hex&gt;"}</c> (GraphQL over HTTP), or Apollo's automatic persisted queries
/// (<c>extensions.persistedQuery.sha256Hash</c>, registered when sent with a text whose hash it
/// is). In persisted-only mode nothing else runs and nothing is registered.
/// </summary>
internal sealed class PersistedDocumentResolver(TrustedDocuments trusted, AutomaticPersistedDocuments automatic, IOptions<PersistedDocumentOptions> options)
{
    public const string NotFoundCode = "HC0020";
    public const string OnlyPersistedCode = "HC0067";
    public const string InvalidIdCode = "PERSISTED_DOCUMENT_ID_INVALID";
    public const string HashMismatchCode = "PERSISTED_QUERY_HASH_MISMATCH";

    /// <exception cref="ExecutionError">No such document, a malformed id, a hash that is not the text's, or a text in persisted-only mode.</exception>
    public GraphQLRequestBody Resolve(GraphQLRequestBody request)
    {
        var settings = options.Value;
        if (request.DocumentId is { } documentId)
        {
            var hash = documentId.StartsWith("sha256:", StringComparison.Ordinal) ? documentId["sha256:".Length..] : documentId;
            if (!DocumentHash.IsWellFormed(hash))
            {
                throw Refusal(InvalidIdCode, $"`{EchoedValue.Of(documentId)}` is not a persisted document id: the SHA-256 of the document in lowercase hex, optionally after `sha256:`.");
            }

            return request with { Query = trusted.Find(hash) ?? Automatic(hash) ?? throw NotFound(hash) };
        }

        if (request.AutomaticHash is { } automaticHash)
        {
            if (request.Query is null)
            {
                return request with { Query = trusted.Find(automaticHash) ?? Automatic(automaticHash) ?? throw NotFound(automaticHash) };
            }

            if (DocumentHash.Of(request.Query) != automaticHash)
            {
                throw Refusal(HashMismatchCode, "The `sha256Hash` of `extensions.persistedQuery` is not the SHA-256 of the `query` sent with it.");
            }

            if (trusted.Find(automaticHash) is null)
            {
                if (settings.Only || !settings.Automatic)
                {
                    throw OnlyPersisted();
                }

                automatic.Register(automaticHash, request.Query);
            }

            return request;
        }

        return settings.Only && (request.Query is null || trusted.Find(DocumentHash.Of(request.Query)) is null) ? throw OnlyPersisted() : request;
    }

    private string? Automatic(string hash) => options.Value.Automatic && !options.Value.Only ? automatic.Find(hash) : null;

    /// <summary>Apollo's clients look for this message to send the text again.</summary>
    private static ExecutionError NotFound(string hash)
    {
        var error = Refusal(NotFoundCode, "PersistedQueryNotFound");
        error.Data["requestedKey"] = hash;
        return error;
    }

    private static ExecutionError OnlyPersisted() => Refusal(OnlyPersistedCode, "Only persisted operations are allowed.");

    private static ExecutionError Refusal(string code, string message) => new(message) { Code = code };
}
