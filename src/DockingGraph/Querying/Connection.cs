using GraphQL;
using GraphQL.DataLoader;

namespace DockingGraph.Querying;

/// <summary>A cursor connection in HotChocolate's shape: <c>edges</c>, <c>nodes</c>, <c>pageInfo</c>, <c>totalCount</c>.</summary>
public interface IConnection
{
    /// <summary>The number of records in the whole list, cursors aside; counted only when asked for, batched with the other connections of the level.</summary>
    IDataLoaderResult Count(IResolveFieldContext context);
}

/// <param name="nodes">The page's records, in order.</param>
/// <param name="cursorOf">A record's cursor (empty where the selection asks for none); an edge is made only when <c>edges</c> is read.</param>
public sealed class Connection<T>(IReadOnlyList<T> nodes, Func<T, string> cursorOf, PageInfo pageInfo, Func<IResolveFieldContext, IDataLoaderResult> count) : IConnection
{
    private IReadOnlyList<Edge<T>>? edges;

    public IReadOnlyList<Edge<T>> Edges => edges ??= [.. nodes.Select(node => new Edge<T>(cursorOf(node), node))];

    public IReadOnlyList<T> Nodes => nodes;

    public PageInfo PageInfo => pageInfo;

    public IDataLoaderResult Count(IResolveFieldContext context) => count(context);
}

public sealed record Edge<T>(string Cursor, T Node);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
