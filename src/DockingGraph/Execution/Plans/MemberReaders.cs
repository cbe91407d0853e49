using System.Collections.Concurrent;
using System.Reflection;
using DockingGraph.Execution.Binding;

namespace DockingGraph.Execution.Plans;

/// <summary>
/// Reads a field of a value the gateway made (a connection, an edge, page info) by the field's
/// name, as GraphQL.NET's default resolver does for a field without one: the public property of
/// that name, in any case; compiled once per type and name.
/// </summary>
internal static class MemberReaders
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>> Readers = new();

    public static object? Read(object source, string name) =>
        Readers.GetOrAdd((source.GetType(), name), static key => Compile(key.Type, key.Name))(source);

    private static Func<object, object?> Compile(Type type, string name)
    {
        var property = type.GetProperty(name, BindingFlags.IgnoreCase | BindingFlags.Instance | BindingFlags.Public | BindingFlags.FlattenHierarchy)
            ?? throw new PlanNotApplicable($"{type.Name} has no property {name}.");
        return ModelAccess.Getter(type, property);
    }
}
