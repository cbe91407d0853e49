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
    private readonly ConcurrentDictionary<string, BatchFetch> fetches = new(StringComparer.Ordinal);

    public ModelLoaders(IDbContextFactory<DockingDbContext> contexts)
    {
        this.contexts = contexts;
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
        Loader(context, $"record:{type.ClrType.Name}", () => RelationQueries.ByKey(contexts, type)).Load(key);

    public IDataLoaderResult<object?> List(IResolveFieldContext context, INavigation relation, object ownerKey)
    {
        var name = $"list:{relation.DeclaringEntityType.ClrType.Name}.{relation.Name}";
        return relation.TargetEntityType.FindNavigation(nameof(ListEntry<object>.Item)) is not null
            ? Loader(context, name, () => RelationQueries.ListItems(contexts, relation)).Load(ownerKey)
            : Loader(context, name, () => RelationQueries.Children(contexts, relation)).Load(ownerKey);
    }

    private BatchLoader<object, object> Loader(IResolveFieldContext context, string name, Func<BatchFetch> create)
    {
        var fetch = fetches.GetOrAdd(name, _ => create());
        return context.RequestServices!.GetRequiredService<RequestLoaders>()
            .Get<object, object>(name, (keys, cancellationToken) => fetch(keys, cancellationToken));
    }
}
