namespace DockingGraph.Http.Live;

/// <summary>A client's end of one live operation, as its transport frames it.</summary>
internal interface ILiveReceiver
{
    /// <summary>A result (<c>{"data":…}</c>, JSON); false when the client's queue is full and it is being closed.</summary>
    bool Next(ReadOnlyMemory<byte> result);

    /// <summary>The operation was refused before it ran (<c>[{"message":…}]</c>, JSON): nothing follows.</summary>
    void Refused(ReadOnlyMemory<byte> errors);

    /// <summary>The operation ended: nothing follows.</summary>
    void Complete();
}
