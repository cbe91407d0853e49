using DockingGraph.Execution;
using DockingGraph.Querying;
using Microsoft.Extensions.Options;

namespace DockingGraph.Http.Persisted;

/// <summary>
/// Apollo's automatic persisted queries, registered by clients and kept in memory by this
/// instance, bounded by count and by bytes: the least recently used go first. (Each instance
/// learns its own; a client whose hash an instance does not know sends the text again, as the
/// protocol expects.)
/// </summary>
public sealed class AutomaticPersistedDocuments(IOptions<PersistedDocumentOptions> options)
{
    private readonly BoundedCache<string> documents = new(options.Value.AutomaticMaxCount, options.Value.AutomaticMaxBytes);

    public int Count => documents.Count;

    public string? Find(string hash) => documents.Find(hash);

    public void Register(string hash, string text) => documents.Add(hash, text, (long)text.Length * sizeof(char));
}
