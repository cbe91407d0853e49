using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DockingGraph.Batching;

/// <summary>
/// Batched access to the model's records and relations for resolvers: one loader per record type
/// (every reference to an <c>Image</c>, whichever field it comes from, shares one batch per level)
/// and one per list relation.
/// </summary>
public sealed class ModelLoaders
{
    private readonly IDbContextFactory<DockingDbContext> contexts;
    private readonly IRecordProjection projection;
    private readonly ConcurrentDictionary<string, BatchFetch> fetches = new(StringComparer.Ordinal);

    public ModelLoaders(IDbContextFactory<DockingDbContext> contexts, IRecordProjection projection)
    {
        this.contexts = contexts;
        this.projection = projection;
        using var db = contexts.CreateDbContext();
        Model = db.Model;
    }

    public IModel Model { get; }

    /// <summary>The loaders, for a resolver (they are a singleton; the batches they fill are the request's).</summary>
    public static ModelLoaders Of(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ModelLoaders>();

    /// <summary>The CLR type of <typeparamref name="T"/>'s primary key (an LL2 id is an int, a launch's a UUID string).</summary>
    public Type KeyType<T>() => Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties.Single().ClrType;

    public IDataLoaderResult<object?> Record<T>(IResolveFieldContext context, object key) => Record(context, Model.FindEntityType(typeof(T))!, key);

    public IDataLoaderResult<object?> Record(IResolveFieldContext context, IEntityType type, object key) =>
        Loader(context, $"record:{type.ClrType.Name}", type, () => RelationQueries.ByKey(contexts, type)).Load(key);

    public IDataLoaderResult<object?> List(IResolveFieldContext context, INavigation relation, object ownerKey)
    {
        var name = $"list:{relation.DeclaringEntityType.ClrType.Name}.{relation.Name}";
        return relation.TargetEntityType.FindNavigation(nameof(ListEntry<object>.Item)) is { } item
            ? Loader(context, name, item.TargetEntityType, () => RelationQueries.ListItems(contexts, relation)).Load(ownerKey)
            : Loader(context, name, relation.TargetEntityType, () => RelationQueries.Children(contexts, relation)).Load(ownerKey);
    }

    /// <param name="records">The type of the records the loader reads, whose columns the request's projection names.</param>
    private BatchLoader<object, object> Loader(IResolveFieldContext context, string name, IEntityType records, Func<BatchFetch> create)
    {
        var fetch = fetches.GetOrAdd(name, _ => create());
        return context.RequestServices!.GetRequiredService<RequestLoaders>()
            .Get<object, object>(name, () =>
            {
                // One loader per record type per request, so one projection: the union of the columns the request reads of the type.
                var columns = projection.Columns(context, records);
                return (keys, cancellationToken) => fetch(keys, columns, cancellationToken);
            });
    }
}
