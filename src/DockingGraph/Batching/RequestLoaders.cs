using System.Collections.Concurrent;

namespace DockingGraph.Batching;

/// <summary>The loaders of one GraphQL request (scoped), one per relation and argument set.</summary>
public sealed class RequestLoaders
{
    private readonly ConcurrentDictionary<string, object> loaders = new(StringComparer.Ordinal);

    public BatchLoader<TKey, TValue> Get<TKey, TValue>(string name, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)loaders.GetOrAdd(name, _ => new BatchLoader<TKey, TValue>(fetch));

    /// <summary>The loader <paramref name="name"/>, its fetch made by <paramref name="create"/> from <paramref name="state"/> at its first use in the request.</summary>
    public BatchLoader<TKey, TValue> Get<TKey, TValue, TState>(string name, Func<TState, Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>>> create, TState state)
        where TKey : notnull =>
        (BatchLoader<TKey, TValue>)(loaders.TryGetValue(name, out var known)
            ? known
            : loaders.GetOrAdd(name, static (_, made) => new BatchLoader<TKey, TValue>(made.Create(made.State)), (Create: create, State: state)));
}
