using System.Linq.Expressions;
using System.Reflection;
using DockingGraph.Batching;
using DockingGraph.Execution.SchemaGeneration;
using DockingGraph.Querying;
using GraphQL.Resolvers;
using GraphQL.Utilities;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore.Metadata;

namespace DockingGraph.Execution.Binding;

/// <summary>
/// Binds the SDL's object types to the model: a type is the entity of the same name, and a field
/// is the entity's property or navigation of the same name (<c>spacecraftConfig</c> →
/// <c>SpacecraftConfig</c>). References and lists resolve through <see cref="ModelLoaders"/>, so
/// they are batched. A field that neither a feature nor the model can resolve fails the start.
/// </summary>
internal static class ModelFieldBinder
{
    /// <summary>Sets the resolvers of every object type of <paramref name="sdl"/> on the builder, before the schema is built.</summary>
    public static void Bind(GraphQLDocument sdl, TypeSettings types, GraphBindings bindings, ModelLoaders loaders)
    {
        var entities = loaders.Model.GetEntityTypes().ToDictionary(t => t.ClrType.Name, StringComparer.Ordinal);
        MarkConnectionTypes(types, bindings);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var unbound = new List<string>();
        // A type's fields may come in parts: its definition and the generated `extend type` of its connections.
        var objectTypes = sdl.Definitions.OfType<GraphQLObjectTypeDefinition>().Select(t => (t.Name, t.Fields))
            .Concat(sdl.Definitions.OfType<GraphQLObjectTypeExtension>().Select(t => (t.Name, t.Fields)));
        foreach (var (name, fields) in objectTypes)
        {
            var typeName = name.StringValue;
            var typeConfig = types.For(typeName);
            var isConnection = typeConfig.Metadata.ContainsKey(ConnectionTypes.ConnectionKey);
            entities.TryGetValue(typeName, out var entity);
            if (entity is not null)
            {
                var clrType = entity.ClrType;
                typeConfig.IsTypeOfFunc = source => source?.GetType() == clrType;
                typeConfig.Metadata[FieldReads.RecordKey] = clrType;
            }

            foreach (var field in fields?.Items ?? [])
            {
                var fieldName = field.Name.StringValue;
                if (bindings.TryGet(typeName, fieldName, isConnection, out var resolver))
                {
                    var fieldConfig = typeConfig.FieldFor(fieldName);
                    fieldConfig.Resolver = resolver;
                    fieldConfig.StreamResolver = bindings.StreamOf(typeName, fieldName);
                    if (entity is not null)
                    {
                        // A resolver that declared nothing may read anything: its record is read whole.
                        var (properties, navigations) = bindings.ReadsOf(typeName, fieldName);
                        fieldConfig.Metadata[FieldReads.Key] = new FieldReads(entity.ClrType, properties, navigations);
                    }

                    if (bindings.Connections.FirstOrDefault(c => c.ParentType == typeName && c.Field == fieldName) is { SearchedFields: > 0 } searched)
                    {
                        fieldConfig.Metadata[ConnectionField.SearchedFieldsKey] = searched.SearchedFields;
                    }

                    used.Add($"{typeName}.{fieldName}");
                }
                else if (entity is not null && FromModel(entity, fieldName, loaders) is { } fromModel)
                {
                    var fieldConfig = typeConfig.FieldFor(fieldName);
                    fieldConfig.Resolver = fromModel.Resolver;
                    fieldConfig.Metadata[FieldReads.Key] = new FieldReads(entity.ClrType, fromModel.Reads, fromModel.Navigations);
                    if (fromModel.Access is { } access)
                    {
                        fieldConfig.Metadata[ModelAccess.Key] = access;
                    }
                }
                else if (entity is not null || typeName is "Query" or "Mutation" or "Subscription")
                {
                    unbound.Add($"{typeName}.{fieldName}");
                }
            }
        }

        var unknown = bindings.Names.Where(name => !used.Contains(name)).ToList();
        if (unbound.Count > 0 || unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The SDL and the code disagree. Fields without a resolver: {string.Join(", ", unbound)}. Resolvers for fields the SDL does not have: {string.Join(", ", unknown)}.");
        }
    }

    /// <summary>Marks the connection and edge types of every declared connection (<see cref="ConnectionTypes"/>) with the type of their nodes.</summary>
    private static void MarkConnectionTypes(TypeSettings types, GraphBindings bindings)
    {
        foreach (var connection in bindings.Connections)
        {
            types.For(ConnectionSchemaGenerator.ConnectionName(connection)).Metadata[ConnectionTypes.ConnectionKey] = connection.NodeType;
            types.For(ConnectionSchemaGenerator.EdgeName(connection)).Metadata[ConnectionTypes.EdgeKey] = connection.NodeType;
        }
    }

    /// <summary>The resolver of a field the model answers, the record's properties it reads (the projection's columns), the reference it takes from the record when a page joined it, and how a plan reads it without the resolver.</summary>
    private static (FuncFieldResolver<object?> Resolver, string[] Reads, string[]? Navigations, ModelAccess? Access)? FromModel(IEntityType entity, string fieldName, ModelLoaders loaders)
    {
        var name = FieldNames.ToPropertyName(fieldName);
        if (entity.FindNavigation(name) is { } navigation)
        {
            if (navigation.IsCollection)
            {
                var ownerKeyProperty = navigation.ForeignKey.PrincipalKey.Properties.Single().PropertyInfo!;
                var ownerKey = ModelAccess.Getter(entity.ClrType, ownerKeyProperty);
                return (new FuncFieldResolver<object?>(context => loaders.List(context, navigation, ownerKey(context.Source!)!)), [ownerKeyProperty.Name], null, null);
            }

            var foreignKeyProperty = navigation.ForeignKey.Properties.Single().PropertyInfo!;
            var foreignKey = ModelAccess.Getter(entity.ClrType, foreignKeyProperty);
            var target = navigation.TargetEntityType;
            var reference = new ReferenceAccess(
                HasValue(entity.ClrType, foreignKeyProperty),
                ModelAccess.Getter(entity.ClrType, navigation.PropertyInfo!),
                (context, source) => loaders.Record(context, target, foreignKey(source)!));
            return (
                new FuncFieldResolver<object?>(reference.Resolve),
                [foreignKeyProperty.Name],
                [navigation.Name],
                reference);
        }

        if (entity.FindProperty(name) is { PropertyInfo: { } property })
        {
            var value = ModelAccess.Getter(entity.ClrType, property);
            return (new FuncFieldResolver<object?>(context => value(context.Source!)), [property.Name], null, new PropertyAccess(value, property));
        }

        return null;
    }

    /// <summary><c>record => record.Property != null</c>, typed: no boxed key.</summary>
    private static Func<object, bool> HasValue(Type type, PropertyInfo property)
    {
        var source = Expression.Parameter(typeof(object), "source");
        var value = Expression.Property(Expression.Convert(source, type), property);
        Expression body = property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null
            ? Expression.Constant(true)
            : Expression.NotEqual(value, Expression.Constant(null, property.PropertyType));
        return Expression.Lambda<Func<object, bool>>(body, source).Compile();
    }
}
