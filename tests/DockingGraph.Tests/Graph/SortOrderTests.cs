using DockingGraph.Querying;
using DockingGraph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DockingGraph.Tests.Graph;

/// <summary>
/// An order is built once per record type and argument (its key readers are compiled expressions),
/// then shared by every request that asks for it. The kept orders are the process's: these tests
/// run alone, so that no other test's requests add orders while they count them.
/// </summary>
[Collection(Alone.Name)]
public sealed class SortOrderTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] Directions = ["ASC", "DESC"];
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

    [Fact]
    public void Distinct_orders_keep_the_kept_orders_at_their_bound_in_bytes()
    {
        using var db = store.Contexts.CreateDbContext();
        var type = db.Model.FindEntityType(typeof(DockingEvent))!;
        string[][] paths = [["docking"], ["departure"], ["url"], ["dockingLocation", "name"], ["dockingLocation", "id"], ["spaceStationTarget", "name"], ["spaceStationTarget", "id"], ["flightVehicleChaser", "id"], ["payloadFlightChaser", "id"], ["spaceStationChaser", "name"]];
        var keys = paths.SelectMany(path => Directions.Select(direction => Key(path, direction))).ToList();
        var orders = new List<SortOrder<DockingEvent>>();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        // 2,000 distinct orders of three keys each (and the record's key): 20 x 20 x 5.
        for (var i = 0; i < 2_000; i++)
        {
            orders.Add(SortOrder.From<DockingEvent>(type, new List<object?> { keys[i % 20], keys[(i / 20) % 20], keys[i / 400] }));
        }

        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        var largest = orders.Max(o => SortOrder.EstimatedBytes(o.KeyCount, new string(' ', 1_000)));
        Assert.InRange(SortOrder.KeptBytes, SortOrder.MaxKeptBytes - largest, SortOrder.MaxKeptBytes);
        Assert.True(SortOrder.KeptCount < orders.Count, $"{SortOrder.KeptCount} orders kept");
        output.WriteLine($"2,000 orders held {held:N0} bytes ({held / orders.Sum(o => o.KeyCount):N0} a key); kept: {SortOrder.KeptCount} orders, {SortOrder.KeptBytes:N0} bytes estimated, bound {SortOrder.MaxKeptBytes:N0}");
        GC.KeepAlive(orders);
    }

    private static Dictionary<string, object?> Key(string[] path, string direction) =>
        path.Length == 1 ? new() { [path[0]] = direction } : new() { [path[0]] = Key(path[1..], direction) };

    public void Dispose() => store.Dispose();
}
