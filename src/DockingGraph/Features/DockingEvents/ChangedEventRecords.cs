using DockingGraph.Batching;
using GraphQL;
using GraphQL.DataLoader;

namespace DockingGraph.Features.DockingEvents;

/// <summary>
/// The docking events one commit sends to one subscription, read together: GraphQL.NET executes
/// each event on its own, so a loader would batch nothing, but the events are known at the commit.
/// The first event executed of each run of <see cref="PerStatement"/> reads the whole run in one
/// statement, with the subscription's selection (the same for every event of it); the others take
/// theirs from that read, and the last of them lets it go: a commit of a hundred thousand events
/// holds about one run's records at a time, not all of them. An alias of <c>dockingEvent</c> asked
/// after every event of its run was asked once reads the run again: the same records, one statement more.
/// </summary>
internal sealed class ChangedEventRecords
{
    /// <summary>The most events one statement reads (a commit may change a hundred thousand).</summary>
    public const int PerStatement = 1_000;

    private readonly IReadOnlyList<int> ids;
    private readonly Task<IReadOnlyDictionary<object, object>>?[] runs;
    private readonly int[] unread;
    private readonly bool[] asked;

    public ChangedEventRecords(IReadOnlyList<int> ids)
    {
        this.ids = ids;
        runs = new Task<IReadOnlyDictionary<object, object>>?[(ids.Count + PerStatement - 1) / PerStatement];
        unread = [.. Enumerable.Range(0, runs.Length).Select(run => Math.Min(PerStatement, ids.Count - (run * PerStatement)))];
        asked = new bool[ids.Count];
    }

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
            if (!asked[position])
            {
                asked[position] = true;
                if (--unread[run] == 0)
                {
                    runs[run] = null;
                }
            }
        }

        return (await read.WaitAsync(cancellationToken)).TryGetValue(ids[position], out var record) ? record : null;
    }
}
