namespace DockingGraph.Import;

/// <summary>An import that could not be done; the message names the file and the reason.</summary>
public sealed class Ll2ImportException(string message, Exception? inner = null) : Exception(message, inner)
{
}
