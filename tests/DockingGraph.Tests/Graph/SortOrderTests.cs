using DockingGraph.Querying;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Graph;

/// <summary>An order is built once per record type and argument (its key readers are compiled expressions), then shared by every request that asks for it.</summary>
public sealed class SortOrderTests : IDisposable
{
    private readonly TestStore store = new();

    [Fact]
    public void The_same_order_is_built_once_and_a_different_one_apart()
    {
        using var db = store.Contexts.CreateDbContext();
        var type = db.Model.FindEntityType(typeof(DockingEvent))!;
        List<object?> Order(string direction) => [new Dictionary<string, object?> { ["dockingLocation"] = new Dictionary<string, object?> { ["name"] = direction } }];

        var first = SortOrder.From<DockingEvent>(type, Order("DESC"));
        var again = SortOrder.From<DockingEvent>(type, Order("DESC"));
        var other = SortOrder.From<DockingEvent>(type, Order("ASC"));

        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Equal("dockingLocation.name:DESC,id:ASC", first.Signature);
        Assert.Equal("dockingLocation.name:ASC,id:ASC", other.Signature);
        Assert.Same(SortOrder.From<DockingEvent>(type, null), SortOrder.From<DockingEvent>(type, null));
    }

    public void Dispose() => store.Dispose();
}
