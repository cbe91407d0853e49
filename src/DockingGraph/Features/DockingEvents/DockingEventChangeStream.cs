using System.Linq.Expressions;
using System.Threading.Channels;
using DockingGraph.Batching;
using DockingGraph.Changes;
using DockingGraph.Querying;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Features.DockingEvents;

/// <summary>
/// The events of one <c>dockingEventChanged</c> subscription: every batch the change feed delivers
/// (<see cref="CommittedChanges"/>), in order, each change once; with <c>where</c>, only the events
/// the filter of <c>dockingEvents</c> matches as the commit left them, asked of the store in one
/// statement a batch (the filter translated once, at the subscription). The events of a batch are
/// read together when the first of them is executed (<see cref="ChangedEventRecords"/>).
/// </summary>
internal sealed class DockingEventChangeStream(CommittedChanges changes, IDbContextFactory<DockingDbContext> contexts, Expression<Func<DockingEvent, bool>>? filter) : IObservable<object?>
{
    /// <summary>The most ids one statement asks about (a commit may change a hundred thousand events).</summary>
    private const int IdsPerStatement = 10_000;

    public static IObservable<object?> Subscribe(IResolveFieldContext context)
    {
        var services = context.RequestServices!;
        var where = context.Arguments is { } arguments && arguments.TryGetValue("where", out var argument) ? argument.Value as IDictionary<string, object?> : null;
        var filter = where is null ? null : FilterTranslator.ToPredicate<DockingEvent>(ModelLoaders.Of(context).Model.FindEntityType(typeof(DockingEvent))!, where);
        return new DockingEventChangeStream(services.GetRequiredService<CommittedChanges>(), services.GetRequiredService<IDbContextFactory<DockingDbContext>>(), filter);
    }

    public IDisposable Subscribe(IObserver<object?> observer)
    {
        var batches = Channel.CreateUnbounded<CommittedBatch>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        var stop = new CancellationTokenSource();
        var listening = changes.Listen(batch => batches.Writer.TryWrite(batch));
        _ = PumpAsync(batches.Reader, observer, stop.Token);
        return new Subscription(listening, stop);
    }

    private async Task PumpAsync(ChannelReader<CommittedBatch> batches, IObserver<object?> observer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var batch in batches.ReadAllAsync(cancellationToken))
            {
                var matching = filter is null ? null : await MatchingAsync(batch, cancellationToken);
                var sent = batch.Changes.Where(change => matching is null || matching.Contains(change.DockingEventId)).ToList();
                var records = new ChangedEventRecords([.. sent.Select(change => change.DockingEventId)]);
                for (var position = 0; position < sent.Count; position++)
                {
                    observer.OnNext(new DockingEventChanged(batch.Version, sent[position].Kind, records, position));
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Unsubscribed.
        }
        catch (Exception ex)
        {
            observer.OnError(ex);
        }
    }

    private async Task<HashSet<int>> MatchingAsync(CommittedBatch batch, CancellationToken cancellationToken)
    {
        var matching = new HashSet<int>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var ids in batch.Changes.Select(c => c.DockingEventId).Chunk(IdsPerStatement))
        {
            matching.UnionWith(await db.Set<DockingEvent>().Where(filter!).Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken));
        }

        return matching;
    }

    private sealed class Subscription(IDisposable listening, CancellationTokenSource stop) : IDisposable
    {
        public void Dispose()
        {
            listening.Dispose();
            stop.Cancel();
            stop.Dispose();
        }
    }
}
