namespace DockingGraph.Querying;

/// <summary>
/// A least-recently-used cache bounded by count and by bytes at once: the least recently used
/// entries go first when either bound is passed, and an entry larger than the byte bound is not
/// kept. Written here because the cache packages on hand bound one measure, not two; it serves the
/// kept sort orders, the validated documents and Apollo's automatic persisted documents (it sits in
/// the lowest layer that uses it).
/// </summary>
public sealed class BoundedCache<TValue>(int maxCount, long maxBytes)
    where TValue : class
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> byKey = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> recent = new();
    private long bytes;

    public int Count
    {
        get
        {
            lock (gate)
            {
                return byKey.Count;
            }
        }
    }

    /// <summary>What the entries weigh together, by the sizes they were added with.</summary>
    public long Bytes
    {
        get
        {
            lock (gate)
            {
                return bytes;
            }
        }
    }

    public TValue? Find(string key)
    {
        lock (gate)
        {
            if (!byKey.TryGetValue(key, out var node))
            {
                return null;
            }

            recent.Remove(node);
            recent.AddFirst(node);
            return node.Value.Value;
        }
    }

    /// <param name="size">What the entry weighs, in bytes.</param>
    public void Add(string key, TValue value, long size)
    {
        if (size > maxBytes)
        {
            return;
        }

        lock (gate)
        {
            if (byKey.ContainsKey(key))
            {
                return;
            }

            byKey[key] = recent.AddFirst(new Entry(key, value, size));
            bytes += size;
            while (byKey.Count > maxCount || bytes > maxBytes)
            {
                var oldest = recent.Last!;
                recent.RemoveLast();
                byKey.Remove(oldest.Value.Key);
                bytes -= oldest.Value.Size;
            }
        }
    }

    private sealed record Entry(string Key, TValue Value, long Size);
}
