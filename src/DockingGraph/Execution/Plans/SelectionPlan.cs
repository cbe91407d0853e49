using GraphQL.Types;
using GraphQLParser.AST;

namespace DockingGraph.Execution.Plans;

/// <summary>The collected fields of one selection set for one object type, in the order of the answer.</summary>
internal sealed class SelectionPlan(IObjectGraphType type, PlannedField[] fields)
{
    public IObjectGraphType Type { get; } = type;

    /// <summary>An array, walked without an enumerator for every record.</summary>
    public PlannedField[] Fields { get; } = fields;

    /// <summary>The type's name, as <c>__typename</c> answers it.</summary>
    public string TypeName { get; } = type.Name;

    /// <summary>The fields as GraphQL.NET hands them to a resolver as its sub-fields, made once.</summary>
    public Dictionary<string, (GraphQLField Field, FieldType FieldType)> AsSubFields { get; } =
        fields.ToDictionary(f => f.ResponseKey, f => (f.Ast, f.Definition), StringComparer.Ordinal);
}
