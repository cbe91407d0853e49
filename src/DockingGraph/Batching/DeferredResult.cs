using DockingGraph.Storage;
using GraphQL.DataLoader;

namespace DockingGraph.Batching;

/// <summary>A value fetched only when GraphQL.NET asks for it, after the level has resolved (a root connection's count).</summary>
public sealed class DeferredResult<T>(Func<CancellationToken, Task<T>> fetch) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => StoreCancellation.StoppedByCancellation(fetch(cancellationToken), cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
}
