using DockingGraph.Batching;
using GraphQL;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DockingGraph.Querying;

/// <summary>
/// A list field on Query (<c>dockingEvents</c>): its arguments become one statement for the page,
/// and one more for <c>totalCount</c>, run only when selected, each on a context of its own.
/// </summary>
public sealed class RootConnection<T>(SearchFields<T>? search)
    where T : class
{
    private IEntityType? type;

    public async Task<object?> ResolveAsync(IResolveFieldContext context)
    {
        var contexts = context.RequestServices!.GetRequiredService<IDbContextFactory<DockingDbContext>>();
        type ??= ModelLoaders.Of(context).Model.FindEntityType(typeof(T))!;
        var list = ListArguments.Read(context, type, search, joinReferences: true);
        await using var db = await contexts.CreateDbContextAsync(context.CancellationToken);
        return await StoreCancellation.StoppedByCancellation(
            list.PageAsync(
                db,
                _ => new DeferredResult<int>(async cancellationToken =>
                {
                    await using var counting = await contexts.CreateDbContextAsync(cancellationToken);
                    return await list.CountAsync(counting, cancellationToken);
                }),
                context.CancellationToken),
            context.CancellationToken);
    }
}
