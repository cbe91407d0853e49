using System.Collections.Concurrent;
using System.Text.Json;
using DockingGraph.Execution.Binding;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;

namespace DockingGraph.Execution.Plans;

/// <summary>How a planned field gets its value from its parent's value.</summary>
internal enum FieldAccessKind
{
    /// <summary><c>__typename</c>: the parent's object type.</summary>
    TypeName,

    /// <summary>A property of the record (<see cref="PropertyAccess"/>), read while the answer is written.</summary>
    Property,

    /// <summary>A to-one reference (<see cref="ReferenceAccess"/>): joined, null, or loaded by its resolver.</summary>
    Reference,

    /// <summary>A member of a value the gateway made (a connection's <c>nodes</c>, an edge's <c>cursor</c>), read by name as GraphQL.NET's default resolver does.</summary>
    Member,

    /// <summary>Anything else: the field's resolver, called as GraphQL.NET calls it.</summary>
    Resolver,
}

/// <summary>
/// One entry of a selection's collected fields (GraphQL's CollectFields: a response key, with the
/// selections of every field merged under it), with everything a request needs to answer it that
/// does not depend on the request: its definition, how it reads its value, its response name
/// already encoded, and the plans of its selection per object type it can return.
/// </summary>
internal sealed class PlannedField
{
    // By reference: a schema's types are its own instances, and GraphQL.NET hashes a type by its name, at every record.
    private readonly ConcurrentDictionary<IObjectGraphType, SelectionPlan> below = new(ReferenceEqualityComparer.Instance);
    private readonly OperationPlan operation;

    public PlannedField(OperationPlan operation, string responseKey, GraphQLField merged, GraphQLField first, FieldType definition)
    {
        this.operation = operation;
        ResponseKey = responseKey;
        Name = JsonEncodedText.Encode(responseKey);
        Ast = merged;
        ArgumentsAst = first;
        Definition = definition;
        Type = definition.ResolvedType!;
        NamedType = Type.GetNamedType();
        Leaf = NamedType as ScalarGraphType;
        Resolver = definition.Resolver;
        (Access, Model) = definition.Name == "__typename"
            ? (FieldAccessKind.TypeName, null)
            : definition.GetMetadata<ModelAccess?>(ModelAccess.Key) switch
            {
                PropertyAccess property => (FieldAccessKind.Property, property),
                ReferenceAccess reference => (FieldAccessKind.Reference, reference),
                _ => (definition.Resolver is null ? FieldAccessKind.Member : FieldAccessKind.Resolver, (ModelAccess?)null),
            };
        if (Model is PropertyAccess { Property: var read } && Leaf is not null)
        {
            WriteLeaf = LeafWriters.For(Leaf, read, Type is NonNullGraphType);
        }
    }

    public string ResponseKey { get; }

    /// <summary>A property leaf's typed writer (<see cref="LeafWriters"/>); null where the scalar serializes the value.</summary>
    public Action<System.Text.Json.Utf8JsonWriter, object>? WriteLeaf { get; }

    public JsonEncodedText Name { get; }

    /// <summary>The field as the resolver sees it: one field with the selections of every field of its response key.</summary>
    public GraphQLField Ast { get; }

    /// <summary>The first field of the response key, whose arguments GraphQL.NET coerced for the request.</summary>
    public GraphQLField ArgumentsAst { get; }

    public FieldType Definition { get; }

    /// <summary>The field's type with its list and non-null wrappers.</summary>
    public IGraphType Type { get; }

    public IGraphType NamedType { get; }

    /// <summary>The scalar or enum of a leaf field; null for a field with a selection.</summary>
    public ScalarGraphType? Leaf { get; }

    public FieldAccessKind Access { get; }

    public ModelAccess? Model { get; }

    public IFieldResolver? Resolver { get; }

    /// <summary>A leaf's value as GraphQL.NET serializes it; a null where the schema promises a value is GraphQL.NET's error to place.</summary>
    public object? SerializeLeaf(object? value)
    {
        var serialized = Leaf!.Serialize(value);
        return serialized is null && Type is NonNullGraphType ? throw new PlanNotApplicable($"{Definition.Name} is null.") : serialized;
    }

    /// <summary>The selection of this field for values of <paramref name="objectType"/>, collected once.</summary>
    public SelectionPlan Below(IObjectGraphType objectType) =>
        below.TryGetValue(objectType, out var plan) ? plan : below.GetOrAdd(objectType, type => operation.Collect(type, Ast.SelectionSet!));

    /// <summary>What a resolver sees as its sub-fields (GraphQL.NET collects them over the field's named type); null where that type is not an object type.</summary>
    public Dictionary<string, (GraphQLField Field, FieldType FieldType)>? SubFields =>
        NamedType is IObjectGraphType objectType && Ast.SelectionSet is not null ? Below(objectType).AsSubFields : null;
}
