using DockingGraph.Querying;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Graph;

/// <summary>
/// A root list's first page with no filter runs a statement EF Core compiled once per store,
/// record type, projection and arguments (its answers are every other test's). The kept pages are the process's: these
/// tests run alone.
/// </summary>
[Collection(Alone.Name)]
public sealed class FirstPageTests
{
    [Fact]
    public void A_first_page_is_compiled_once_per_store_record_type_projection_and_arguments()
    {
        var first = FirstPages.For<DockingEvent>(typeof(SqliteDockingDbContext), null, "same arguments", page => page);

        Assert.Same(first, FirstPages.For<DockingEvent>(typeof(SqliteDockingDbContext), null, "same arguments", page => page));
        Assert.NotSame(first, FirstPages.For<DockingEvent>(typeof(SqliteDockingDbContext), null, "other arguments", page => page));
        Assert.NotSame(first, FirstPages.For<Agency>(typeof(SqliteDockingDbContext), null, "same arguments", page => page));
        Assert.NotSame(first, FirstPages.For<DockingEvent>(typeof(PostgresDockingDbContext), null, "same arguments", page => page));
    }

    [Fact]
    public void However_many_pages_clients_ask_for_at_most_MaxKept_are_kept()
    {
        for (var i = 0; i < FirstPages.MaxKept + 100; i++)
        {
            FirstPages.For<DockingEvent>(typeof(SqliteDockingDbContext), null, $"first: {i}", page => page);
        }

        Assert.Equal(FirstPages.MaxKept, FirstPages.KeptCount);
    }
}
