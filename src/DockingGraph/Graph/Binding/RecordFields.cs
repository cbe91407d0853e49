using System.Linq.Expressions;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Graph.Binding;

public static class RecordFields
{
    /// <summary>
    /// The two root fields of a core type: <c>one(id: Int!)</c>, the record or null when there is
    /// none (batched like every other record load), and <c>many(first after last before)</c>, all of
    /// them as a cursor connection ordered by id.
    /// </summary>
    public static GraphBindings Roots<T>(this GraphBindings graph, string one, string many, IDbContextFactory<DockingDbContext> contexts, ModelLoaders loaders)
        where T : Ll2Record =>
        graph
            .Field("Query", one, context => loaders.Record<T>(context, context.GetArgument<int>("id")))
            .RecordConnection(many, contexts, db => db.Set<T>(), IdOf<T>());

    /// <summary><c>record => record.Id</c>: every core record has an integer LL2 id.</summary>
    private static Expression<Func<T, int>> IdOf<T>()
    {
        var record = Expression.Parameter(typeof(T), "record");
        return Expression.Lambda<Func<T, int>>(Expression.Property(record, "Id"), record);
    }
}
