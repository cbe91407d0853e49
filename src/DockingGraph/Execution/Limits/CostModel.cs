using DockingGraph.Querying;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace DockingGraph.Execution.Limits;

/// <summary>
/// What a field costs in the request's one cost (GraphQL.NET's complexity analyzer sums it over
/// siblings and aliases, each field's impact times the product of the list sizes above it), in
/// the spirit of HotChocolate's cost analysis and the IBM cost specification it follows:
/// <list type="bullet">
/// <item>a connection costs 1 (its statement) and multiplies what is below it by its page:
/// <c>first</c> or <c>last</c>, else the default page of 10;</item>
/// <item>each object it returns costs 1 (<c>nodes</c>, <c>edges</c>; an edge's <c>node</c> is the
/// same object), and <c>totalCount</c> costs 1 (its count);</item>
/// <item>an object reached through a to-one relation costs 1, and a plain list of objects costs 1
/// per object, 10 assumed;</item>
/// <item>scalars, enums and <c>pageInfo</c> cost nothing: they come with their object;</item>
/// <item>introspection costs nothing here: it has its own depth limit.</item>
/// </list>
/// </summary>
internal static class CostModel
{
    public const int AssumedListSize = 10;

    public static FieldComplexityResult Impact(FieldImpactContext context)
    {
        var field = context.FieldDefinition;
        if (field.Name.StartsWith("__", StringComparison.Ordinal) || context.ParentType.Name.StartsWith("__", StringComparison.Ordinal))
        {
            return new(0, 1);
        }

        var (type, isList) = Unwrap(field.ResolvedType!);
        var parentIsConnection = context.ParentType.Name.EndsWith("Connection", StringComparison.Ordinal);
        return type switch
        {
            _ when type.Name.EndsWith("Connection", StringComparison.Ordinal) => new(1, PageSize(context)),
            // One count for the page, whatever its size: the page's multiplier taken back out.
            _ when parentIsConnection && field.Name == "totalCount" => new(context.Parent is { } connection ? 1 / PageSize(connection) : 1, 1),
            ScalarGraphType or EnumerationGraphType => new(0, 1),
            _ when field.Name == "pageInfo" => new(0, 1),
            _ when context.ParentType.Name.EndsWith("Edge", StringComparison.Ordinal) && field.Name == "node" => new(0, 1),

            // A connection's nodes and edges: the page multiplied already, one per object.
            _ when parentIsConnection => new(1, 1),
            _ when isList => new(AssumedListSize, AssumedListSize),
            _ => new(1, 1),
        };
    }

    /// <summary>The page a connection asks for (at least 1: a negative size is the paging's error to report).</summary>
    private static double PageSize(FieldImpactContext context) =>
        Math.Max(1, context.GetArgument<int?>("first", null) ?? context.GetArgument<int?>("last", null) ?? PagingArguments.DefaultPageSize);

    private static (IGraphType Type, bool IsList) Unwrap(IGraphType type)
    {
        var isList = false;
        while (true)
        {
            switch (type)
            {
                case NonNullGraphType nonNull:
                    type = nonNull.ResolvedType!;
                    break;
                case ListGraphType list:
                    isList = true;
                    type = list.ResolvedType!;
                    break;
                default:
                    return (type, isList);
            }
        }
    }
}
