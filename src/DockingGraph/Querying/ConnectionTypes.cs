using GraphQL;
using GraphQL.Types;

namespace DockingGraph.Querying;

/// <summary>
/// Which types of the schema are the connections and edges of a list, and of which node type:
/// marked in their metadata when the schema is bound, from the connections the features declare,
/// so that a connection is known by its type, whatever its name.
/// </summary>
public static class ConnectionTypes
{
    /// <summary>The metadata key of a connection type: the name of its node type.</summary>
    public const string ConnectionKey = "DockingGraph.ConnectionOf";

    /// <summary>The metadata key of an edge type: the name of its node type.</summary>
    public const string EdgeKey = "DockingGraph.EdgeOf";

    /// <summary>Whether <paramref name="type"/> (lists and non-null taken off) is a connection.</summary>
    public static bool IsConnection(IGraphType? type) => NodeTypeOfConnection(type) is not null;

    /// <summary>Whether <paramref name="type"/> (lists and non-null taken off) is an edge.</summary>
    public static bool IsEdge(IGraphType? type) => NodeTypeOfEdge(type) is not null;

    /// <summary>The name of the nodes' type when <paramref name="type"/> is a connection; else null.</summary>
    public static string? NodeTypeOfConnection(IGraphType? type) => type?.GetNamedType().GetMetadata<string?>(ConnectionKey);

    /// <summary>The name of the node's type when <paramref name="type"/> is an edge; else null.</summary>
    public static string? NodeTypeOfEdge(IGraphType? type) => type?.GetNamedType().GetMetadata<string?>(EdgeKey);
}
