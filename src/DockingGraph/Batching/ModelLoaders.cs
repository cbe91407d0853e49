using System.Collections.Concurrent;
using System.Linq.Expressions;
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
        Loader(context, $"record:{type.ClrType.Name}", () => RelationQueries.ByKey(contexts, type), () => projection.Columns(context, type)).Load(key);

    /// <summary>
    /// A record found by a root field (<c>dockingEvent(id:)</c>), batched with the other lookups of
    /// that field in the request (its aliases), with the to-one records its selections reach joined in.
    /// </summary>
    public IDataLoaderResult<object?> RootRecord<T>(IResolveFieldContext context, object key)
    {
        var type = Model.FindEntityType(typeof(T))!;
        return Loader(context, $"root:{context.FieldDefinition.Name}", () => RelationQueries.ByKey(contexts, type), () => projection.RootColumns(context, type)).Load(key);
    }

    public IDataLoaderResult<object?> List(IResolveFieldContext context, INavigation relation, object ownerKey)
    {
        var name = $"list:{relation.DeclaringEntityType.ClrType.Name}.{relation.Name}";
        return relation.TargetEntityType.FindNavigation(nameof(ListEntry<object>.Item)) is { } item
            ? Loader(context, name, () => RelationQueries.ListItems(contexts, relation), () => projection.Columns(context, item.TargetEntityType)).Load(ownerKey)
            : Loader(context, name, () => RelationQueries.Children(contexts, relation), () => projection.Columns(context, relation.TargetEntityType)).Load(ownerKey);
    }

    /// <param name="columns">The projection of the records the loader reads, asked once per request: a loader's records are read through one projection.</param>
    private BatchLoader<object, object> Loader(IResolveFieldContext context, string name, Func<BatchFetch> create, Func<LambdaExpression?> columns)
    {
        var fetch = fetches.GetOrAdd(name, _ => create());
        return context.RequestServices!.GetRequiredService<RequestLoaders>()
            .Get<object, object>(name, () =>
            {
                var projected = columns();
                return (keys, cancellationToken) => fetch(keys, projected, cancellationToken);
            });
    }
}
