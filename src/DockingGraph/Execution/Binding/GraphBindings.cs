using GraphQL;
using GraphQL.Resolvers;

namespace DockingGraph.Execution.Binding;

/// <summary>Resolvers that features give for fields of the SDL, by type and field name.</summary>
public sealed class GraphBindings
{
    private readonly Dictionary<(string Type, string Field), IFieldResolver> fields = [];
    private readonly List<(string TypeSuffix, string Field, IFieldResolver Resolver)> shared = [];

    public GraphBindings Field(string type, string field, Func<IResolveFieldContext, object?> resolve) =>
        Add(type, field, new FuncFieldResolver<object?>(resolve));

    public GraphBindings FieldAsync(string type, string field, Func<IResolveFieldContext, Task<object?>> resolve) =>
        Add(type, field, new FuncFieldResolver<object?>(context => new ValueTask<object?>(resolve(context))));

    /// <summary>A field that every type whose name ends with <paramref name="typeSuffix"/> has (<c>totalCount</c> of every <c>...Connection</c>).</summary>
    public GraphBindings SharedField(string typeSuffix, string field, Func<IResolveFieldContext, object?> resolve)
    {
        shared.Add((typeSuffix, field, new FuncFieldResolver<object?>(resolve)));
        return this;
    }

    internal bool TryGet(string type, string field, out IFieldResolver resolver)
    {
        if (fields.TryGetValue((type, field), out resolver!))
        {
            return true;
        }

        var match = shared.FirstOrDefault(s => s.Field == field && type.EndsWith(s.TypeSuffix, StringComparison.Ordinal));
        resolver = match.Resolver;
        return resolver is not null;
    }

    internal IEnumerable<string> Names => fields.Keys.Select(k => $"{k.Type}.{k.Field}");

    private GraphBindings Add(string type, string field, IFieldResolver resolver)
    {
        if (!fields.TryAdd((type, field), resolver))
        {
            throw new InvalidOperationException($"{type}.{field} is bound twice.");
        }

        return this;
    }
}
