namespace DockingGraph.Tests.Infrastructure;

/// <summary>
/// Tests that build the gateway in Release (the published image, the benchmark suite): one after
/// the other, since two builds of one project at once would write the same output folders.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReleaseBuild
{
    public const string Name = "builds the gateway in Release";
}
