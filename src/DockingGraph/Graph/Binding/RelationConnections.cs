using System.Linq.Expressions;
using DockingGraph.Graph.Batching;
using DockingGraph.Graph.Paging;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Graph.Binding;

/// <summary>
/// The connection fields of the graph: a root list (<c>dockingEvents</c>) and a list under a
/// record (a station's <c>dockingEvents</c>). A list under a record is batched: the pages of all
/// the parents of a level are one statement, their counts one more when <c>totalCount</c> is asked.
/// </summary>
public static class RelationConnections
{
    /// <summary><c>field(first after last before)</c> on Query: the records as a cursor connection ordered by id.</summary>
    public static GraphBindings RecordConnection<T>(
        this GraphBindings graph,
        string field,
        IDbContextFactory<DockingDbContext> contexts,
        Func<DockingDbContext, IQueryable<T>> records,
        Expression<Func<T, int>> id)
        where T : class =>
        graph.FieldAsync("Query", field, async context =>
        {
            var paging = PagingArguments.From(context);
            await using var db = await contexts.CreateDbContextAsync(context.CancellationToken);
            return await KeysetPaging.PageAsync(
                records(db).AsNoTracking(),
                id,
                paging,
                _ => new DeferredResult<int>(async cancellationToken =>
                {
                    await using var counting = await contexts.CreateDbContextAsync(cancellationToken);
                    return await records(counting).CountAsync(cancellationToken);
                }),
                context.CancellationToken);
        });

    /// <summary><c>field(first after last before)</c> on <typeparamref name="TParent"/>: the related records of each parent, ordered by id.</summary>
    public static GraphBindings RelatedConnection<TParent, TNode>(
        this GraphBindings graph,
        string field,
        IDbContextFactory<DockingDbContext> contexts,
        Expression<Func<TParent, IEnumerable<TNode>>> related,
        Expression<Func<TNode, int>> id)
        where TParent : class
    {
        var name = $"{typeof(TParent).Name}.{field}";
        var nodeId = id.Compile();
        var parentId = Expression.Lambda<Func<TParent, int>>(Expression.Property(related.Parameters[0], "Id"), related.Parameters[0]).Compile();
        var countFetch = CountFetch(contexts, related);
        return graph.Field(typeof(TParent).Name, field, context =>
        {
            var paging = PagingArguments.From(context);
            var loaders = context.RequestServices!.GetRequiredService<RequestLoaders>();
            var pages = loaders.Get<int, Connection<TNode>>(
                $"connection:{name}:{paging}",
                async (parents, cancellationToken) =>
                {
                    await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                    var rows = await db.Set<TParent>().AsNoTracking()
                        .Where(p => parents.Contains(EF.Property<int>(p, "Id")))
                        .Select(KeysetPaging.PerParent(related, id, paging))
                        .ToListAsync(cancellationToken);
                    var byParent = rows.ToDictionary(r => r.Parent, r => r.Rows);
                    return parents.ToDictionary(
                        parent => parent,
                        parent => KeysetPaging.ToConnection(byParent.GetValueOrDefault(parent) ?? [], nodeId, paging, counting => CountOf(counting, name, countFetch, parent)));
                });
            return pages.Load(parentId((TParent)context.Source!));
        });
    }

    private static IDataLoaderResult CountOf(IResolveFieldContext context, string name, Func<IReadOnlyCollection<int>, CancellationToken, Task<IReadOnlyDictionary<int, int>>> fetch, int parent) =>
        context.RequestServices!.GetRequiredService<RequestLoaders>().Get($"count:{name}", fetch).Load(parent);

    private static Func<IReadOnlyCollection<int>, CancellationToken, Task<IReadOnlyDictionary<int, int>>> CountFetch<TParent, TNode>(
        IDbContextFactory<DockingDbContext> contexts,
        Expression<Func<TParent, IEnumerable<TNode>>> related)
        where TParent : class
    {
        var count = KeysetPaging.CountPerParent(related);
        return async (parents, cancellationToken) =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var counts = await db.Set<TParent>().AsNoTracking()
                .Where(p => parents.Contains(EF.Property<int>(p, "Id")))
                .Select(count)
                .ToDictionaryAsync(c => c.Parent, c => c.Count, cancellationToken);
            return parents.ToDictionary(parent => parent, parent => counts.GetValueOrDefault(parent));
        };
    }
}
