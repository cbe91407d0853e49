using System.Linq.Expressions;
using DockingGraph.Batching;
using GraphQL;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DockingGraph.Querying;

/// <summary>
/// A list field under a record (a station's <c>dockingEvents</c>), batched: the pages of all the
/// parents of a level are one windowed statement (the database numbers the rows per parent), and
/// their counts one more when <c>totalCount</c> is asked. Parents are matched by their primary
/// key, whatever its type.
/// </summary>
public sealed class RelatedConnection<TParent, TNode>(string name, Expression<Func<TParent, IEnumerable<TNode>>> related, SearchFields<TNode>? search)
    where TParent : class
    where TNode : class
{
    // Made at the first request (the model comes with the request's services), then kept.
    private IPages? pages;
    private IEntityType? nodeType;

    public object? Resolve(IResolveFieldContext context)
    {
        if (pages is null || nodeType is null)
        {
            var model = ModelLoaders.Of(context).Model;
            nodeType = model.FindEntityType(typeof(TNode))!;
            pages = Pages.For(model.FindEntityType(typeof(TParent))!, name, related);
        }

        return pages.Load(context, ListArguments.Read(context, nodeType, search, joinReferences: false));
    }

    private interface IPages
    {
        IDataLoaderResult Load(IResolveFieldContext context, ListQuery<TNode> list);
    }

    private static class Pages
    {
        /// <summary>The batched pages for <typeparamref name="TParent"/>'s key type, made once per field.</summary>
        public static IPages For(IEntityType parent, string name, Expression<Func<TParent, IEnumerable<TNode>>> related)
        {
            var key = parent.FindPrimaryKey()!.Properties.Single();
            var record = Expression.Parameter(typeof(TParent), "parent");
            var keyOf = Expression.Lambda(Expression.Property(record, key.PropertyInfo!), record);
            return (IPages)Activator.CreateInstance(typeof(Pages<>).MakeGenericType(typeof(TParent), typeof(TNode), key.ClrType), name, related, keyOf, key.Name, parent)!;
        }
    }

    private sealed class Pages<TKey>(string name, Expression<Func<TParent, IEnumerable<TNode>>> related, Expression<Func<TParent, TKey>> keyOf, string keyName, IEntityType parentType) : IPages
        where TKey : notnull
    {
        private readonly Func<TParent, TKey> readKey = keyOf.Compile();

        public IDataLoaderResult Load(IResolveFieldContext context, ListQuery<TNode> list) =>
            context.RequestServices!.GetRequiredService<RequestLoaders>().Get<TKey, Connection<TNode>>(
                $"connection:{name}:{list.Signature}",
                async (parents, cancellationToken) =>
                {
                    await using var db = await Contexts(context).CreateDbContextAsync(cancellationToken);
                    var rows = await Parents(db, parents).Select(list.PerParent(OfParents(parents), keyOf)).ToListAsync(cancellationToken);
                    var byParent = rows.ToDictionary(r => r.Parent, r => r.Rows);
                    var keys = await list.KeysAsync(db.Set<TNode>().AsNoTracking(), rows.SelectMany(r => r.Rows), cancellationToken);
                    return parents.ToDictionary(
                        parent => parent,
                        parent => list.ToConnection(byParent.GetValueOrDefault(parent) ?? [], counting => Count(counting, list, parent), keys));
                }).Load(readKey((TParent)context.Source!));

        private IDataLoaderResult Count(IResolveFieldContext context, ListQuery<TNode> list, TKey parent) =>
            context.RequestServices!.GetRequiredService<RequestLoaders>().Get<TKey, int>(
                $"count:{name}:{list.Signature}",
                async (parents, cancellationToken) =>
                {
                    await using var db = await Contexts(context).CreateDbContextAsync(cancellationToken);
                    var counts = await Parents(db, parents).Select(list.CountPerParent(related, keyOf)).ToDictionaryAsync(c => c.Parent, c => c.Count, cancellationToken);
                    return parents.ToDictionary(p => p, p => counts.GetValueOrDefault(p));
                }).Load(parent);

        /// <summary>
        /// The relation with the parents' keys tested on the children's foreign key too
        /// (<c>parent.Children</c> becomes <c>parent.Children.Where(c => keys.Contains(c.ParentId))</c>):
        /// the same rows, but the database numbers only the batch's children before it cuts each
        /// parent's page, where the join on the parent alone numbered every child of the table first.
        /// </summary>
        private Expression<Func<TParent, IEnumerable<TNode>>> OfParents(IReadOnlyCollection<TKey> keys) =>
            (Expression<Func<TParent, IEnumerable<TNode>>>)new ChildrenOfParents(related.Parameters[0], parentType, new ParentKeys(keys)).Visit(related);

        private IQueryable<TParent> Parents(DockingDbContext db, IReadOnlyCollection<TKey> keys) =>
            db.Set<TParent>().AsNoTracking().Where(p => keys.Contains(EF.Property<TKey>(p, keyName)));

        private static IDbContextFactory<DockingDbContext> Contexts(IResolveFieldContext context) =>
            context.RequestServices!.GetRequiredService<IDbContextFactory<DockingDbContext>>();

        /// <summary>The batch's parent keys, read by EF Core as one parameter.</summary>
        private sealed class ParentKeys(IReadOnlyCollection<TKey> keys)
        {
            public IReadOnlyCollection<TKey> Keys { get; } = keys;
        }

        /// <summary>Puts the parents' keys on the first collection navigation the relation takes from its parent.</summary>
        private sealed class ChildrenOfParents(ParameterExpression parent, IEntityType parentType, ParentKeys keys) : ExpressionVisitor
        {
            private bool done;

            protected override Expression VisitMember(MemberExpression node)
            {
                if (done || node.Expression != parent || parentType.FindNavigation(node.Member.Name) is not { IsCollection: true } navigation
                    || navigation.ForeignKey.Properties is not [var foreignKey] || (Nullable.GetUnderlyingType(foreignKey.ClrType) ?? foreignKey.ClrType) != typeof(TKey))
                {
                    return base.VisitMember(node);
                }

                done = true;
                var child = Expression.Parameter(navigation.TargetEntityType.ClrType, "child");
                var ofParent = Expression.Lambda(
                    LinqMethods.Call(
                        typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)],
                        Expression.Property(Expression.Constant(keys), nameof(ParentKeys.Keys)),
                        Expression.Convert(LinqMethods.Call(typeof(EF), nameof(EF.Property), [foreignKey.ClrType], child, Expression.Constant(foreignKey.Name)), typeof(TKey))),
                    child);
                return LinqMethods.Call(typeof(Enumerable), nameof(Enumerable.Where), [child.Type], node, ofParent);
            }
        }
    }
}
