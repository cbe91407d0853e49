using DockingGraph.Batching;
using GraphQL;
using GraphQL.DataLoader;

namespace DockingGraph.Features.DockingEvents;

/// <summary>
/// The docking events one commit sends to one subscription, read together: GraphQL.NET executes
/// each event on its own, so a loader would batch nothing, but the events are known at the commit.
/// The first event executed of each run of <see cref="PerStatement"/> reads the whole run in one
/// statement, with the subscription's selection (the same for every event of it); the others take
/// theirs from that read.
/// </summary>
internal sealed class ChangedEventRecords(IReadOnlyList<int> ids)
{
    /// <summary>The most events one statement reads (a commit may change a hundred thousand).</summary>
    public const int PerStatement = 1_000;

    private readonly Task<IReadOnlyDictionary<object, object>>?[] runs = new Task<IReadOnlyDictionary<object, object>>?[(ids.Count + PerStatement - 1) / PerStatement];

    /// <summary>The event at <paramref name="position"/> of the commit's, as <c>dockingEvent</c> of <paramref name="context"/> selects it.</summary>
    public IDataLoaderResult<object?> Record(IResolveFieldContext context, int position) =>
        new DeferredResult<object?>(cancellationToken => RecordAsync(context, position, cancellationToken));

    private async Task<object?> RecordAsync(IResolveFieldContext context, int position, CancellationToken cancellationToken)
    {
        var run = position / PerStatement;
        Task<IReadOnlyDictionary<object, object>> read;
        lock (runs)
        {
            // Not the subscriber's token: the read serves every event of the run.
            read = runs[run] ??= ModelLoaders.Of(context).RootRecords<DockingEvent>(context, ids.Skip(run * PerStatement).Take(PerStatement).Select(id => (object)id).ToList(), CancellationToken.None);
        }

        return (await read.WaitAsync(cancellationToken)).TryGetValue(ids[position], out var record) ? record : null;
    }
}
