using System.Linq.Expressions;
using DockingGraph.Batching;
using DockingGraph.Querying;
using GraphQL;
using GraphQL.Resolvers;

namespace DockingGraph.Execution.Binding;

/// <summary>
/// What the features give the graph: resolvers for fields of the SDL, by type and field name, and
/// the connections they declare (a root pair <c>dockingEvent</c>/<c>dockingEvents</c>, a station's
/// <c>dockingEvents</c>). A connection is one line here; its field, arguments and
/// <c>Connection</c>/<c>Edge</c> types are generated into the SDL from the declaration
/// (<see cref="SchemaGeneration.ConnectionSchemaGenerator"/>), and its query is the querying folder's.
/// </summary>
public sealed class GraphBindings
{
    private readonly Dictionary<(string Type, string Field), IFieldResolver> fields = [];
    private readonly Dictionary<(string Type, string Field), (string[] Properties, string[]? Navigations)> reads = [];
    private readonly Dictionary<string, IFieldResolver> ofEveryConnection = [];
    private readonly Dictionary<string, ISourceStreamResolver> subscriptions = [];
    private readonly List<ConnectionField> connections = [];

    /// <summary>The graph as every binding of the gateway declares it (<see cref="IGraphBinding"/> types have no dependencies, so this needs no host).</summary>
    public static GraphBindings Of(IEnumerable<IGraphBinding> bindings)
    {
        var graph = new GraphBindings();
        foreach (var binding in bindings)
        {
            binding.Bind(graph);
        }

        return graph;
    }

    /// <summary>The bindings of the gateway, one of each <see cref="BindingTypes"/>.</summary>
    public static IEnumerable<IGraphBinding> Declared() => BindingTypes().Select(type => (IGraphBinding)Activator.CreateInstance(type)!);

    /// <summary>Every <see cref="IGraphBinding"/> of the gateway, in name order.</summary>
    public static IEnumerable<Type> BindingTypes() =>
        typeof(GraphBindings).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IGraphBinding).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    public IReadOnlyList<ConnectionField> Connections => connections;

    public GraphBindings Field(string type, string field, Func<IResolveFieldContext, object?> resolve) =>
        Add(type, field, new FuncFieldResolver<object?>(resolve));

    /// <summary>
    /// A field of a record type whose resolver reads only <paramref name="properties"/> of its
    /// record (and its key): the rest of the record's columns need not be read for it. When it
    /// takes records from the record's <paramref name="navigations"/> where a page joined them in,
    /// a page joins them.
    /// </summary>
    public GraphBindings Field<TRecord>(string field, Func<IResolveFieldContext, object?> resolve, string[] properties, string[]? navigations = null)
    {
        reads[(typeof(TRecord).Name, field)] = (properties, navigations);
        return Field(typeof(TRecord).Name, field, resolve);
    }

    public GraphBindings FieldAsync(string type, string field, Func<IResolveFieldContext, Task<object?>> resolve) =>
        Add(type, field, new FuncFieldResolver<object?>(context => new ValueTask<object?>(resolve(context))));

    /// <summary>A field of <c>Subscription</c>: its events are what <paramref name="subscribe"/> streams, each the field's value.</summary>
    public GraphBindings Subscription(string field, Func<IResolveFieldContext, IObservable<object?>> subscribe)
    {
        subscriptions.Add(field, new SourceStreamResolver<object?>(subscribe));
        return Field("Subscription", field, context => context.Source);
    }

    /// <summary>The stream of a field of <c>Subscription</c>, or null for any other field.</summary>
    internal ISourceStreamResolver? StreamOf(string type, string field) =>
        type == "Subscription" ? subscriptions.GetValueOrDefault(field) : null;

    /// <summary>A field that every connection type has (<c>totalCount</c>), whichever connection it is.</summary>
    public GraphBindings ConnectionsField(string field, Func<IResolveFieldContext, object?> resolve)
    {
        ofEveryConnection.Add(field, new FuncFieldResolver<object?>(resolve));
        return this;
    }

    /// <summary>
    /// The two root fields of a record type: <paramref name="one"/><c>(id)</c>, the record or null
    /// (batched like every other record load; the id is of the key's type), and
    /// <paramref name="many"/>, all of them as a cursor connection.
    /// </summary>
    public GraphBindings Roots<T>(string one, string many, SearchFields<T>? search = null)
        where T : class
    {
        connections.Add(new ConnectionField("Query", many, typeof(T).Name, null, search?.Description, one) { SearchedFields = search?.FieldCount ?? 0 });
        var root = new RootConnection<T>(search);
        Type? keyType = null;
        return Field("Query", one, context =>
            {
                var loaders = ModelLoaders.Of(context);
                keyType ??= loaders.KeyType<T>();
                return loaders.RootRecord<T>(context, context.GetArgument(keyType, "id")!);
            })
            .FieldAsync("Query", many, root.ResolveAsync);
    }

    /// <summary>A list field on <typeparamref name="TParent"/>: the records <paramref name="related"/> leads to, as a cursor connection.</summary>
    public GraphBindings Connection<TParent, TNode>(string field, string description, Expression<Func<TParent, IEnumerable<TNode>>> related, SearchFields<TNode>? search = null)
        where TParent : class
        where TNode : class
    {
        connections.Add(new ConnectionField(typeof(TParent).Name, field, typeof(TNode).Name, description, search?.Description) { SearchedFields = search?.FieldCount ?? 0 });
        // A connection reads its parent's key, which every projection holds.
        return Field<TParent>(field, new RelatedConnection<TParent, TNode>($"{typeof(TParent).Name}.{field}", related, search).Resolve, []);
    }

    /// <param name="isConnection">Whether <paramref name="type"/> is a connection type, whose fields every connection shares.</param>
    internal bool TryGet(string type, string field, bool isConnection, out IFieldResolver resolver) =>
        fields.TryGetValue((type, field), out resolver!)
        || (isConnection && ofEveryConnection.TryGetValue(field, out resolver!));

    /// <summary>What a bound field of a record type reads of its record (null when its binding did not say: then it reads the whole record), and the references it takes joined.</summary>
    internal (IReadOnlyList<string>? Properties, IReadOnlyList<string>? Navigations) ReadsOf(string type, string field) =>
        reads.TryGetValue((type, field), out var declared) ? (declared.Properties, declared.Navigations) : (null, null);

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

/// <summary>A connection field: on <paramref name="ParentType"/> (<c>Query</c> for a root list), listing <paramref name="NodeType"/> records.</summary>
/// <param name="Description">The field's description; null for a root list, whose description follows from its name.</param>
/// <param name="SearchDescription">Where a <c>search</c> looks; null when the list has no <c>search</c>.</param>
/// <param name="OneField">For a root list, the root beside it that finds one of its records by id.</param>
public sealed record ConnectionField(string ParentType, string Field, string NodeType, string? Description, string? SearchDescription, string? OneField = null)
{
    /// <summary>The schema field's metadata key for <see cref="SearchedFields"/> (the cost model reads it).</summary>
    public const string SearchedFieldsKey = "DockingGraph.SearchedFields";

    /// <summary>How many fields a <c>search</c> looks in for each term (0 without a search).</summary>
    public int SearchedFields { get; init; }
}
