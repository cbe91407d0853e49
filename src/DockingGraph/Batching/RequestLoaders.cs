using System.Collections.Concurrent;

namespace DockingGraph.Batching;

/// <summary>The loaders of one GraphQL request (scoped), one per relation and argument set.</summary>
public sealed class RequestLoaders
{
    private readonly ConcurrentDictionary<string, object> loaders = new(StringComparer.Ordinal);

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch));

    /// <summary>The loader <paramref name="name"/>, its fetch made by <paramref name="create"/> at its first use in the request.</summary>
    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name, Func<Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>>> create)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(create()));
}
