namespace DockingGraph.Querying;

/// <summary>
/// What a field of a record's type reads of its record: the properties (columns) its resolver
/// needs, or null when it needs the whole record (a resolver that declared nothing); and the
/// to-one navigations it can take from its record when a page has joined them in
/// (<see cref="Navigations"/>), instead of loading them by key. Kept in the schema as the field's
/// metadata, where <see cref="SelectedColumns"/> finds it.
/// </summary>
/// <param name="Record">The record type (the entity) the field belongs to.</param>
public sealed record FieldReads(Type Record, IReadOnlyList<string>? Properties, IReadOnlyList<string>? Navigations = null)
{
    /// <summary>The metadata key of a field's <see cref="FieldReads"/>.</summary>
    public const string Key = "DockingGraph.FieldReads";

    /// <summary>The metadata key of an object type's record type (the entity it shows).</summary>
    public const string RecordKey = "DockingGraph.Record";
}
