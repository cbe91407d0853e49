using DockingGraph.Batching;
using DockingGraph.Querying;
using GraphQL;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Execution.Binding;

public static class RecordFields
{
    /// <summary>
    /// The two root fields of a core type: <c>one(id: Int!)</c>, the record or null when there is
    /// none (batched like every other record load), and <c>many(first after last before)</c>, all of
    /// them as a cursor connection ordered by id.
    /// </summary>
    public static GraphBindings Roots<T>(this GraphBindings graph, string one, string many, IDbContextFactory<DockingDbContext> contexts, ModelLoaders loaders, SearchFields<T> search)
        where T : Ll2Record =>
        graph
            .Field("Query", one, context => loaders.Record<T>(context, context.GetArgument<int>("id")))
            .RecordConnection(many, contexts, loaders, search);
}
