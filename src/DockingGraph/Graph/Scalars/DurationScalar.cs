using DockingGraph.Values;
using GraphQL.Types;
using GraphQLParser.AST;

namespace DockingGraph.Graph.Scalars;

/// <summary>An ISO-8601 duration, printed exactly as LL2 prints it (<c>P108DT4H24M37S</c>, <c>P0D</c>).</summary>
public sealed class DurationScalar : ScalarGraphType
{
    public DurationScalar() => Name = "Duration";

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        TimeSpan span => Iso8601Duration.Format(span),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        TimeSpan span => span,
        string text when Iso8601Duration.TryParse(text, out var span) => span,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text when Iso8601Duration.TryParse((string)text.Value, out var span) => span,
        _ => ThrowLiteralConversionError(value),
    };
}
