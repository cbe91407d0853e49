namespace DockingGraph.Import;

/// <summary>An LL2 body that does not have the shape or the value types LL2 gives.</summary>
public sealed class Ll2FormatException(string message) : Exception(message)
{
}
