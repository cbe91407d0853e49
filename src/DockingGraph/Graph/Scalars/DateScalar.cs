using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace DockingGraph.Graph.Scalars;

/// <summary>A calendar date without a time (<c>yyyy-MM-dd</c>), as LL2 gives <c>maiden_flight</c>.</summary>
public sealed class DateScalar : ScalarGraphType
{
    private const string Format = "yyyy-MM-dd";

    public DateScalar() => Name = "Date";

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateOnly date => date.ToString(Format, CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateOnly date => date,
        string text when TryParse(text, out var date) => date,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text when TryParse((string)text.Value, out var date) => date,
        _ => ThrowLiteralConversionError(value),
    };

    private static bool TryParse(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
