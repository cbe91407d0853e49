namespace DockingGraph.Execution.Binding;

/// <summary>
/// How a field the model answers reads its record, kept on the schema field beside its resolver,
/// so that a compiled operation plan reads it without calling the resolver (no resolve context,
/// no boxed task): a property, or a to-one reference taken from where a page joined it in.
/// </summary>
public abstract record ModelAccess
{
    /// <summary>The schema field's metadata key.</summary>
    public const string Key = "DockingGraph.ModelAccess";
}

/// <summary>A property of the record, as its resolver reads it (<paramref name="Value"/>), and the property itself, for typed writers.</summary>
public sealed record PropertyAccess(Func<object, object?> Value, System.Reflection.PropertyInfo Property) : ModelAccess;

/// <summary>
/// A to-one reference: no record when <paramref name="HasKey"/> says its foreign key is null, the
/// record a statement joined in when <paramref name="Joined"/> has one, else a load by key (the
/// resolver's batch). The key is checked typed, without boxing it.
/// </summary>
public sealed record ReferenceAccess(Func<object, bool> HasKey, Func<object, object?> Joined) : ModelAccess;
