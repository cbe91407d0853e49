namespace DockingGraph.Sync;

/// <summary>A sync that cannot go on: the message names the address and the reason; what was applied before stays.</summary>
public sealed class Ll2SyncException(string message, Exception? inner = null) : Exception(message, inner)
{
}
