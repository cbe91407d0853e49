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
    private readonly ConcurrentDictionary<(string Kind, object Target), string> names = new();

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
        Loader(context, Named("record", type), static (loaders, type) => RelationQueries.ByKey(loaders.contexts, type), static (context, projection, type) => projection.Columns(context, type), type).Load(key);

    /// <summary>
    /// A record found by a root field (<c>dockingEvent(id:)</c>), batched with the other lookups of
    /// that field in the request (its aliases), with the to-one records its selections reach joined in.
    /// </summary>
    public IDataLoaderResult<object?> RootRecord<T>(IResolveFieldContext context, object key) =>
        Loader(context, Named("root", context.FieldDefinition.Name), static (loaders, type) => RelationQueries.ByKey(loaders.contexts, type), static (context, projection, type) => projection.RootColumns(context, type), Model.FindEntityType(typeof(T))!).Load(key);

    /// <summary>
    /// The records <paramref name="keys"/> names, read as <see cref="RootRecord{T}"/> reads them for
    /// <paramref name="context"/>'s selection, in one statement: for keys known before any is asked
    /// (the events of one commit, each executed on its own), so they need not wait for a batch.
    /// </summary>
    public Task<IReadOnlyDictionary<object, object>> RootRecords<T>(IResolveFieldContext context, IReadOnlyCollection<object> keys, CancellationToken cancellationToken)
    {
        var type = Model.FindEntityType(typeof(T))!;
        var fetch = Fetch(Named("root", context.FieldDefinition.Name), static (loaders, type) => RelationQueries.ByKey(loaders.contexts, type), type);
        return fetch(keys, projection.RootColumns(context, type), cancellationToken);
    }

    public IDataLoaderResult<object?> List(IResolveFieldContext context, INavigation relation, object ownerKey)
    {
        var name = Named("list", relation);
        return relation.TargetEntityType.FindNavigation(nameof(ListEntry<object>.Item)) is { } item
            ? Loader(context, name, static (loaders, list) => RelationQueries.ListItems(loaders.contexts, list.Relation), static (context, projection, list) => projection.Columns(context, list.Items), (Relation: relation, Items: item.TargetEntityType)).Load(ownerKey)
            : Loader(context, name, static (loaders, relation) => RelationQueries.Children(loaders.contexts, relation), static (context, projection, relation) => projection.Columns(context, relation.TargetEntityType), relation).Load(ownerKey);
    }

    /// <summary><c>kind:target</c> (a record type, a relation, a root field's name), made once: a loader's name is asked for at every reference a request resolves.</summary>
    private string Named(string kind, object target) =>
        names.TryGetValue((kind, target), out var name) ? name : names.GetOrAdd((kind, target), static key => key.Target switch
        {
            IEntityType type => $"{key.Kind}:{type.ClrType.Name}",
            INavigation relation => $"{key.Kind}:{relation.DeclaringEntityType.ClrType.Name}.{relation.Name}",
            _ => $"{key.Kind}:{key.Target}",
        });

    /// <summary>The fetch named <paramref name="name"/>, made by <paramref name="create"/> once per process.</summary>
    private BatchFetch Fetch<TTarget>(string name, Func<ModelLoaders, TTarget, BatchFetch> create, TTarget target) =>
        fetches.TryGetValue(name, out var known) ? known : fetches.GetOrAdd(name, static (_, made) => made.Create(made.Loaders, made.Target), (Create: create, Loaders: this, Target: target));

    /// <param name="create">The loader's fetch, made once per process.</param>
    /// <param name="columns">The projection of the records the loader reads, asked once per request: a loader's records are read through one projection.</param>
    private BatchLoader<object, object> Loader<TTarget>(IResolveFieldContext context, string name, Func<ModelLoaders, TTarget, BatchFetch> create, Func<IResolveFieldContext, IRecordProjection, TTarget, LambdaExpression?> columns, TTarget target)
    {
        var fetch = Fetch(name, create, target);
        return context.RequestServices!.GetRequiredService<RequestLoaders>().Get<object, object, (BatchFetch Fetch, Func<IResolveFieldContext, IRecordProjection, TTarget, LambdaExpression?> Columns, IResolveFieldContext Context, IRecordProjection Projection, TTarget Target)>(
            name,
            static state =>
            {
                var projected = state.Columns(state.Context, state.Projection, state.Target);
                return (keys, cancellationToken) => state.Fetch(keys, projected, cancellationToken);
            },
            (fetch, columns, context, projection, target));
    }
}
