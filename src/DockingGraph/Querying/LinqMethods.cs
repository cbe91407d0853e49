using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace DockingGraph.Querying;

/// <summary>
/// Calls of <see cref="Queryable"/>, <see cref="Enumerable"/> and EF Core's static methods in the expressions a
/// request builds (its where, order, window and page): <c>Expression.Call</c> by name looks the
/// method up by reflection on every call, a list of every method of the type each time; here
/// each overload is found once, by the call that first needs it, and kept.
/// </summary>
internal static class LinqMethods
{
    private static readonly ConcurrentDictionary<Key, MethodInfo> Found = new();

    public static MethodCallExpression Call(Type type, string name, Type[] typeArguments, params Expression[] arguments)
    {
        if (typeArguments.Length > 2 || arguments.Length > 2)
        {
            return Expression.Call(type, name, typeArguments, arguments);
        }

        var key = new Key(
            type,
            name,
            typeArguments.ElementAtOrDefault(0),
            typeArguments.ElementAtOrDefault(1),
            arguments.ElementAtOrDefault(0)?.Type,
            arguments.ElementAtOrDefault(1)?.Type);
        if (Found.TryGetValue(key, out var method))
        {
            return Expression.Call(method, arguments);
        }

        var call = Expression.Call(type, name, typeArguments, arguments);
        Found.TryAdd(key, call.Method);
        return call;
    }

    private readonly record struct Key(Type Type, string Name, Type? First, Type? Second, Type? FirstArgument, Type? SecondArgument);
}
