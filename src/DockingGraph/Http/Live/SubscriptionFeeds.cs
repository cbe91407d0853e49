using System.Text;
using DockingGraph.Http;
using DockingGraph.Telemetry;
using GraphQL;

namespace DockingGraph.Http.Live;

/// <summary>
/// The running subscriptions of this instance, shared: clients that subscribe with the same
/// document, operation and variables are one feed, whose events are executed and serialized once
/// and handed to each of them. A client joining a feed gets its events from then on; the feed
/// stops (its upstream disposed) when its last client leaves. Counts every client against
/// <see cref="LiveOptions.MaxSubscriptions"/>.
/// </summary>
public sealed class SubscriptionFeeds(LiveOptions options, IGraphQLTextSerializer serializer)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Feed> feeds = new(StringComparer.Ordinal);
    private int clients;

    private IGraphQLTextSerializer Serializer => serializer;

    /// <summary>Clients subscribed now, over every feed.</summary>
    public int Clients => Volatile.Read(ref clients);

    /// <summary>A place for one more client, or false at <see cref="LiveOptions.MaxSubscriptions"/>; <see cref="Join"/> takes it, or give it back with <see cref="Release"/>.</summary>
    public bool TryReserve()
    {
        if (Interlocked.Increment(ref clients) <= options.MaxSubscriptions)
        {
            return true;
        }

        Interlocked.Decrement(ref clients);
        return false;
    }

    public void Release() => Interlocked.Decrement(ref clients);

    /// <summary>What makes two subscriptions the same feed.</summary>
    internal static string KeyOf(GraphQLRequestBody request, IGraphQLTextSerializer serializer) =>
        $"{request.OperationName}\n{(request.Variables is { } variables ? serializer.Serialize(variables) : "")}\n{request.Query}";

    /// <summary>Adds <paramref name="receiver"/> (with its reserved place) to the feed of <paramref name="key"/>, starting it on <paramref name="stream"/> when there is none; disposing leaves.</summary>
    internal IDisposable Join(string key, IObservable<ExecutionResult> stream, ILiveReceiver receiver)
    {
        Feed feed;
        bool start;
        lock (gate)
        {
            start = !feeds.TryGetValue(key, out feed!);
            if (start)
            {
                feeds[key] = feed = new Feed(this, key);
            }

            feed.Add(receiver);
        }

        DockingMetrics.Subscribed(1);
        if (start)
        {
            feed.Start(stream);
        }

        return new Membership(this, feed, receiver);
    }

    private void Leave(Feed feed, ILiveReceiver receiver)
    {
        bool last;
        lock (gate)
        {
            if (!feed.Remove(receiver))
            {
                return;
            }

            last = feed.IsEmpty;
            if (last && feeds.GetValueOrDefault(feed.Key) == feed)
            {
                feeds.Remove(feed.Key);
            }
        }

        Release();
        DockingMetrics.Subscribed(-1);
        if (last)
        {
            feed.Stop();
        }
    }

    /// <summary>Removes a feed whose stream ended; its clients were told.</summary>
    private void Ended(Feed feed)
    {
        lock (gate)
        {
            if (feeds.GetValueOrDefault(feed.Key) == feed)
            {
                feeds.Remove(feed.Key);
            }
        }
    }

    private sealed class Feed(SubscriptionFeeds feeds, string key) : IObserver<ExecutionResult>
    {
        private ILiveReceiver[] receivers = [];
        private IDisposable? upstream;
        private bool stopped;

        public string Key => key;

        public bool IsEmpty => receivers.Length == 0;

        public void Add(ILiveReceiver receiver) => receivers = [.. receivers, receiver];

        public bool Remove(ILiveReceiver receiver)
        {
            var before = receivers.Length;
            receivers = [.. receivers.Where(r => r != receiver)];
            return receivers.Length < before;
        }

        public void Start(IObservable<ExecutionResult> stream)
        {
            var subscription = stream.Subscribe(this);
            lock (feeds.gate)
            {
                if (!stopped)
                {
                    upstream = subscription;
                    return;
                }
            }

            // Every client left while it started.
            subscription.Dispose();
        }

        public void Stop()
        {
            IDisposable? running;
            lock (feeds.gate)
            {
                stopped = true;
                running = upstream;
                upstream = null;
            }

            running?.Dispose();
        }

        public void OnNext(ExecutionResult value)
        {
            var json = Encoding.UTF8.GetBytes(feeds.Serializer.Serialize(value));
            foreach (var receiver in Volatile.Read(ref receivers))
            {
                receiver.Next(json);
            }
        }

        /// <summary>The stream failed: GraphQL.NET hands over the error it made (masked, with its trace id, the details logged); anything else is masked here.</summary>
        public void OnError(Exception error)
        {
            OnNext(new ExecutionResult { Errors = [error as ExecutionError ?? new ExecutionError(UnexpectedError.Message) { Code = UnexpectedError.Code }] });
            OnCompleted();
        }

        public void OnCompleted()
        {
            feeds.Ended(this);
            foreach (var receiver in Volatile.Read(ref receivers))
            {
                receiver.Complete();
            }
        }
    }

    private sealed class Membership(SubscriptionFeeds feeds, Feed feed, ILiveReceiver receiver) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                feeds.Leave(feed, receiver);
            }
        }
    }
}
