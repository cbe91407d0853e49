using System.Linq.Expressions;
using DockingGraph.Graph.Paging;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Graph.Binding;

/// <summary>The two root fields every core type has: one record by id, and all of them as a connection.</summary>
public static class RootFields
{
    /// <summary><c>field(id: Int!)</c>: the record, or null when there is none (batched like every other record load).</summary>
    public static GraphBindings RecordById<T>(this GraphBindings graph, string field, ModelLoaders loaders) =>
        graph.Field("Query", field, context => loaders.Record<T>(context, context.GetArgument<int>("id")));

    /// <summary><c>field(first after last before)</c>: the records as a cursor connection ordered by id.</summary>
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
                async cancellationToken =>
                {
                    await using var counting = await contexts.CreateDbContextAsync(cancellationToken);
                    return await records(counting).CountAsync(cancellationToken);
                },
                context.CancellationToken);
        });
}
