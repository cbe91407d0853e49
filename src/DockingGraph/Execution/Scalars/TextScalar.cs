using GraphQL.Types;
using GraphQLParser.AST;

namespace DockingGraph.Execution.Scalars;

/// <summary>A scalar that travels as text in one format (the date, date-time and duration scalars).</summary>
public abstract class TextScalar<T> : ScalarGraphType
    where T : struct
{
    protected TextScalar(string name) => Name = name;

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        T typed => Format(typed),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        T typed => Normalize(typed),
        string text when TryParse(text, out var parsed) => parsed,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text when TryParse((string)text.Value, out var parsed) => parsed,
        _ => ThrowLiteralConversionError(value),
    };

    protected abstract string Format(T value);

    protected abstract bool TryParse(string text, out T value);

    /// <summary>A value already of the type, as the scalar keeps it (a date-time in UTC).</summary>
    protected virtual T Normalize(T value) => value;
}
