using GraphQL;
using GraphQL.DataLoader;

namespace DockingGraph.Querying;

/// <summary>A cursor connection in HotChocolate's shape: <c>edges</c>, <c>nodes</c>, <c>pageInfo</c>, <c>totalCount</c>.</summary>
public interface IConnection
{
    /// <summary>The number of records in the whole list, cursors aside; counted only when asked for, batched with the other connections of the level.</summary>
    IDataLoaderResult Count(IResolveFieldContext context);
}

public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<IResolveFieldContext, IDataLoaderResult> count) : IConnection
{
    public IReadOnlyList<Edge<T>> Edges => edges;

    public IEnumerable<T> Nodes => edges.Select(edge => edge.Node);

    public PageInfo PageInfo => pageInfo;

    public IDataLoaderResult Count(IResolveFieldContext context) => count(context);
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
