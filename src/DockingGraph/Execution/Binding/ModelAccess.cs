using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.DataLoader;

namespace DockingGraph.Execution.Binding;

/// <summary>
/// How a field the model answers reads its record, kept on the schema field beside its resolver,
/// so that a compiled operation plan reads it without calling the resolver (no resolve context,
/// no boxed task): a property, or a to-one reference taken from where a page joined it in.
/// </summary>
public abstract record ModelAccess
{
    /// <summary>The schema field's metadata key.</summary>
    public const string Key = "DockingGraph.ModelAccess";

    /// <summary><c>source => ((T)source).Property</c>, compiled: how resolvers and plans read a value's property.</summary>
    public static Func<object, object?> Getter(Type type, PropertyInfo property)
    {
        var source = Expression.Parameter(typeof(object), "source");
        var body = Expression.Convert(Expression.Property(Expression.Convert(source, type), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, source).Compile();
    }
}

/// <summary>A property of the record, as its resolver reads it (<paramref name="Value"/>), and the property itself, for typed writers.</summary>
public sealed record PropertyAccess(Func<object, object?> Value, PropertyInfo Property) : ModelAccess;

/// <summary>
/// A to-one reference: no record when <paramref name="HasKey"/> says its foreign key is null, the
/// record a statement joined in when <paramref name="Joined"/> has one, else a load by key
/// (<paramref name="Load"/>: the batch of the record's type, given the request's context, which a
/// plan makes once for all its loads). The key is checked typed, without boxing it.
/// </summary>
public sealed record ReferenceAccess(Func<object, bool> HasKey, Func<object, object?> Joined, Func<IResolveFieldContext, object, IDataLoaderResult> Load) : ModelAccess
{
    /// <summary>Whether the record is known without a load: none (no key), or the one joined in. False: it is loaded by key.</summary>
    public bool TryTake(object source, out object? record)
    {
        if (!HasKey(source))
        {
            record = null;
            return true;
        }

        record = Joined(source);
        return record is not null;
    }

    /// <summary>The reference's resolver: the record known, or its load.</summary>
    public object? Resolve(IResolveFieldContext context) => TryTake(context.Source!, out var record) ? record : Load(context, context.Source!);
}
