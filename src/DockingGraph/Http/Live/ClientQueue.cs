using System.Buffers;
using System.Threading.Channels;

namespace DockingGraph.Http.Live;

/// <summary>
/// What waits to be sent to one client, bounded in bytes (<see cref="LiveOptions.MaxQueuedBytes"/>):
/// a message past the bound is refused and the queue ends, for its transport to close the client
/// as too slow. Nothing that feeds it ever waits on it, so a slow client holds up no other.
/// </summary>
internal sealed class ClientQueue(int maxBytes)
{
    private readonly Channel<Outgoing> messages = Channel.CreateUnbounded<Outgoing>(new UnboundedChannelOptions { SingleReader = true });
    private long queued;
    private int overflowed;

    /// <summary>Whether a message was refused for the bound: the client is too slow.</summary>
    public bool Overflowed => Volatile.Read(ref overflowed) == 1;

    /// <summary>Queues <paramref name="message"/>; false when the queue has ended, or the message would pass the bound (which ends it).</summary>
    public bool TryAdd(Outgoing message)
    {
        if (Interlocked.Add(ref queued, message.Length) > maxBytes)
        {
            Volatile.Write(ref overflowed, 1);
            messages.Writer.TryComplete();
            return false;
        }

        return messages.Writer.TryWrite(message);
    }

    /// <summary>Takes no more: what is queued is still read.</summary>
    public void Complete() => messages.Writer.TryComplete();

    /// <summary>The next message; false once the queue ended and is empty, or <paramref name="cancellationToken"/> was cancelled.</summary>
    public async ValueTask<(bool Read, Outgoing Message)> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (messages.Reader.TryRead(out var ready) || (await messages.Reader.WaitToReadAsync(cancellationToken) && messages.Reader.TryRead(out ready)))
            {
                Interlocked.Add(ref queued, -ready.Length);
                return (true, ready);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped.
        }

        return (false, default);
    }
}

/// <summary>One message for a client: a transport's frame around a result that every client of a feed shares.</summary>
internal readonly record struct Outgoing(ReadOnlyMemory<byte> Head, ReadOnlyMemory<byte> Body = default, ReadOnlyMemory<byte> Tail = default)
{
    public int Length => Head.Length + Body.Length + Tail.Length;

    public void CopyTo(IBufferWriter<byte> output)
    {
        output.Write(Head.Span);
        output.Write(Body.Span);
        output.Write(Tail.Span);
    }
}
