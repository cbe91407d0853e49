using DockingGraph.Execution.Binding;
using DockingGraph.Querying;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Sync;

/// <summary><c>syncs</c>: how fresh the data is.</summary>
internal sealed class SyncGraph : IGraphBinding
{
    public void Bind(GraphBindings graph) =>
        graph.FieldAsync("Query", "syncs", async context =>
        {
            var contexts = context.RequestServices!.GetRequiredService<IDbContextFactory<DockingDbContext>>();
            await using var db = await contexts.CreateDbContextAsync(context.CancellationToken);
            return await db.Set<SyncState>().AsNoTracking()
                .OrderByDescending(s => s.LastPageAt)
                .ThenBy(s => s.Source)
                .ToListAsync(context.CancellationToken);
        });
}
