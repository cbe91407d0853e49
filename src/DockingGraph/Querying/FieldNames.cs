namespace DockingGraph.Querying;

/// <summary>
/// The one naming rule between the graph and the model: a field is the property or navigation of
/// the same name in PascalCase (<c>spacecraftConfig</c> → <c>SpacecraftConfig</c>). The binder,
/// the filter translator and the sort order all resolve fields through it.
/// </summary>
public static class FieldNames
{
    public static string ToPropertyName(string field) => char.ToUpperInvariant(field[0]) + field[1..];
}
