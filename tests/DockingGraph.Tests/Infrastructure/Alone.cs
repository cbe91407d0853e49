namespace DockingGraph.Tests.Infrastructure;

/// <summary>Tests that must not run beside any other, because what they observe is process-wide (listeners, meters).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Alone
{
    public const string Name = "alone";
}
