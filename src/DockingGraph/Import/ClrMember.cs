using System.Linq.Expressions;
using System.Reflection;

namespace DockingGraph.Import;

/// <summary>
/// Reads and writes one property of an entity as compiled delegates. The merge writes the CLR
/// objects directly and leaves it to the change tracker to detect the changes once per chunk:
/// going through an <c>EntityEntry</c> for every value costs more than the rest of the merge.
/// </summary>
internal sealed class ClrMember
{
    private readonly Func<object, object?> get;
    private readonly Action<object, object?> set;

    public ClrMember(PropertyInfo property)
    {
        var entity = Expression.Parameter(typeof(object), "entity");
        var value = Expression.Parameter(typeof(object), "value");
        var typed = Expression.Property(Expression.Convert(entity, property.DeclaringType!), property);
        get = Expression.Lambda<Func<object, object?>>(Expression.Convert(typed, typeof(object)), entity).Compile();
        set = Expression.Lambda<Action<object, object?>>(Expression.Assign(typed, Expression.Convert(value, property.PropertyType)), entity, value).Compile();
    }

    public object? Get(object entity) => get(entity);

    public void Set(object entity, object? value) => set(entity, value);
}
