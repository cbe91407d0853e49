using Microsoft.Extensions.Options;

namespace DockingGraph.Http.Persisted;

/// <summary>
/// Apollo's automatic persisted queries, registered by clients and kept in memory by this
/// instance, bounded by count and by bytes: the least recently used go first. (Each instance
/// learns its own; a client whose hash an instance does not know sends the text again, as the
/// protocol expects.) A small LRU of our own: the cache packages here bound one measure, not two.
/// </summary>
public sealed class AutomaticPersistedDocuments(IOptions<PersistedDocumentOptions> options)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Hash, string Text)>> byHash = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Hash, string Text)> recent = new();
    private long bytes;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return byHash.Count;
            }
        }
    }

    public string? Find(string hash)
    {
        lock (gate)
        {
            if (!byHash.TryGetValue(hash, out var node))
            {
                return null;
            }

            recent.Remove(node);
            recent.AddFirst(node);
            return node.Value.Text;
        }
    }

    public void Register(string hash, string text)
    {
        var limits = options.Value;
        var size = (long)text.Length * sizeof(char);
        if (size > limits.AutomaticMaxBytes)
        {
            return;
        }

        lock (gate)
        {
            if (byHash.ContainsKey(hash))
            {
                return;
            }

            byHash[hash] = recent.AddFirst((hash, text));
            bytes += size;
            while (byHash.Count > limits.AutomaticMaxCount || bytes > limits.AutomaticMaxBytes)
            {
                var oldest = recent.Last!;
                recent.RemoveLast();
                byHash.Remove(oldest.Value.Hash);
                bytes -= (long)oldest.Value.Text.Length * sizeof(char);
            }
        }
    }
}
