using DockingGraph.Values;
using GraphQL.Types;
using GraphQLParser.AST;

namespace DockingGraph.Graph.Scalars;

/// <summary>LL2 timestamps: out as <c>yyyy-MM-ddTHH:mm:ssZ</c> (UTC); in as any ISO-8601 date-time, UTC when it has no offset.</summary>
public sealed class DateTimeScalar : ScalarGraphType
{
    public DateTimeScalar() => Name = "DateTime";

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTime time => UtcTimestamp.Format(time),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        DateTime time => time.ToUniversalTime(),
        string text when UtcTimestamp.TryParse(text, out var time) => time,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLStringValue text when UtcTimestamp.TryParse((string)text.Value, out var time) => time,
        _ => ThrowLiteralConversionError(value),
    };
}
