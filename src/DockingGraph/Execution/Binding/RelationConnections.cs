using System.Linq.Expressions;
using DockingGraph.Batching;
using DockingGraph.Querying;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Execution.Binding;

/// <summary>
/// The connection fields of the graph, with <c>where</c>, <c>order</c>, <c>search</c> and paging:
/// a root list (<c>dockingEvents</c>) and a list under a record (a station's
/// <c>dockingEvents</c>). A list under a record is batched: the pages of all the parents of a
/// level are one statement, their counts one more when <c>totalCount</c> is asked.
/// </summary>
public static class RelationConnections
{
    /// <summary>A root list field on Query.</summary>
    public static GraphBindings RecordConnection<T>(
        this GraphBindings graph,
        string field,
        IDbContextFactory<DockingDbContext> contexts,
        ModelLoaders loaders,
        SearchFields<T>? search = null)
        where T : class
    {
        var type = loaders.Model.FindEntityType(typeof(T))!;
        return graph.FieldAsync("Query", field, async context =>
        {
            var list = ListArguments.Read(context, type, search);
            await using var db = await contexts.CreateDbContextAsync(context.CancellationToken);
            return await StoreCancellation.StoppedByCancellation(list.PageAsync(
                db.Set<T>().AsNoTracking(),
                _ => new DeferredResult<int>(async cancellationToken =>
                {
                    await using var counting = await contexts.CreateDbContextAsync(cancellationToken);
                    return await list.Filtered(counting.Set<T>()).CountAsync(cancellationToken);
                }),
                context.CancellationToken), context.CancellationToken);
        });
    }

    /// <summary>A list field on <typeparamref name="TParent"/>: the related records of each parent.</summary>
    public static GraphBindings RelatedConnection<TParent, TNode>(
        this GraphBindings graph,
        string field,
        IDbContextFactory<DockingDbContext> contexts,
        ModelLoaders loaders,
        Expression<Func<TParent, IEnumerable<TNode>>> related,
        SearchFields<TNode>? search = null)
        where TParent : class
        where TNode : class
    {
        var name = $"{typeof(TParent).Name}.{field}";
        var type = loaders.Model.FindEntityType(typeof(TNode))!;
        var parentId = Expression.Lambda<Func<TParent, int>>(Expression.Property(related.Parameters[0], "Id"), related.Parameters[0]).Compile();
        return graph.Field(typeof(TParent).Name, field, context =>
        {
            var list = ListArguments.Read(context, type, search);
            var requests = context.RequestServices!.GetRequiredService<RequestLoaders>();
            var pages = requests.Get<int, Connection<TNode>>(
                $"connection:{name}:{list.Signature}",
                async (parents, cancellationToken) =>
                {
                    await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                    var rows = await Parents<TParent>(db, parents).Select(list.PerParent(related)).ToListAsync(cancellationToken);
                    var byParent = rows.ToDictionary(r => r.Parent, r => r.Rows);
                    var keys = await list.KeysAsync(db.Set<TNode>().AsNoTracking(), rows.SelectMany(r => r.Rows), cancellationToken);
                    return parents.ToDictionary(
                        parent => parent,
                        parent => list.ToConnection(byParent.GetValueOrDefault(parent) ?? [], counting => CountOf(counting, name, contexts, related, list, parent), keys));
                });
            return pages.Load(parentId((TParent)context.Source!));
        });
    }

    private static IDataLoaderResult CountOf<TParent, TNode>(
        IResolveFieldContext context,
        string name,
        IDbContextFactory<DockingDbContext> contexts,
        Expression<Func<TParent, IEnumerable<TNode>>> related,
        ListQuery<TNode> list,
        int parent)
        where TParent : class =>
        context.RequestServices!.GetRequiredService<RequestLoaders>().Get<int, int>(
            $"count:{name}:{list.Signature}",
            async (parents, cancellationToken) =>
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                var counts = await Parents<TParent>(db, parents).Select(list.CountPerParent(related)).ToDictionaryAsync(c => c.Parent, c => c.Count, cancellationToken);
                return parents.ToDictionary(p => p, p => counts.GetValueOrDefault(p));
            }).Load(parent);

    private static IQueryable<TParent> Parents<TParent>(DockingDbContext db, IReadOnlyCollection<int> ids)
        where TParent : class =>
        db.Set<TParent>().AsNoTracking().Where(p => ids.Contains(EF.Property<int>(p, "Id")));
}
