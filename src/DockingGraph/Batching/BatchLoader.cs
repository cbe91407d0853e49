using DockingGraph.Storage;
using DockingGraph.Telemetry;
using GraphQL.DataLoader;

namespace DockingGraph.Batching;

/// <summary>
/// The one DataLoader of the gateway (GraphQL.NET's own DataLoader package is not available here,
/// only its <see cref="IDataLoaderResult"/> contract). While a level of the query resolves, each
/// field hands its key to <see cref="Load"/> synchronously; the first result awaited after that
/// runs a single fetch for every key collected, and the values are kept for the rest of the request.
/// </summary>
public sealed class BatchLoader<TKey, TValue>(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch)
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetchBatch = fetch;
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, TValue> loaded = [];
    private Batch? open;

    public IDataLoaderResult<TValue?> Load(TKey key)
    {
        lock (gate)
        {
            if (loaded.TryGetValue(key, out var value))
            {
                return new Loaded(value);
            }

            open ??= new Batch(this);
            open.Keys.Add(key);
            return new Pending(open, key);
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> loader)
    {
        private Task<IReadOnlyDictionary<TKey, TValue>>? running;

        public HashSet<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>> RunAsync(CancellationToken cancellationToken)
        {
            lock (loader.gate)
            {
                if (running is null)
                {
                    // Keys that arrive from now on belong to the next batch.
                    if (ReferenceEquals(loader.open, this))
                    {
                        loader.open = null;
                    }

                    running = FetchAsync(cancellationToken);
                }

                return running;
            }
        }

        private async Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(CancellationToken cancellationToken)
        {
            DockingMetrics.Batch(Keys.Count);
            var values = await StoreCancellation.StoppedByCancellation(loader.fetchBatch(Keys, cancellationToken), cancellationToken);
            lock (loader.gate)
            {
                // A key without a value (an unknown id) is remembered too: asked again, it costs nothing.
                loader.loaded.EnsureCapacity(loader.loaded.Count + Keys.Count);
                foreach (var key in Keys)
                {
                    loader.loaded[key] = values.TryGetValue(key, out var value) ? value : default!;
                }
            }

            return values;
        }
    }

    private sealed class Pending(Batch batch, TKey key) : IDataLoaderResult<TValue?>
    {
        public async Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await batch.RunAsync(cancellationToken);
            return values.TryGetValue(key, out var value) ? value : default;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken);
    }

    private sealed class Loaded(TValue value) : IDataLoaderResult<TValue?>
    {
        public Task<TValue?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult<TValue?>(value);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Task.FromResult<object?>(value);
    }
}
