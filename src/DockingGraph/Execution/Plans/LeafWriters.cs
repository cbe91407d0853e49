using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using DockingGraph.Execution.Scalars;
using GraphQL.Types;

namespace DockingGraph.Execution.Plans;

/// <summary>
/// Writers for the common leaves of a record (an <c>Int</c>, a <c>String</c>, a <c>Boolean</c>, a
/// <c>DateTime</c> property), compiled once per field: they read the property typed and write
/// what its scalar would serialize, without boxing the value or making its text first. Any other
/// leaf is serialized by its scalar, as GraphQL.NET does.
/// </summary>
internal static class LeafWriters
{
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>The writer of <paramref name="property"/> as <paramref name="scalar"/>, or null where the scalar serializes it.</summary>
    public static Action<Utf8JsonWriter, object>? For(ScalarGraphType scalar, PropertyInfo property, bool nonNull)
    {
        var write = (scalar, property.PropertyType) switch
        {
            (IntGraphType, var type) when type == typeof(int) || type == typeof(int?) => nameof(WriteInt),
            (StringGraphType, var type) when type == typeof(string) => nameof(WriteString),
            (BooleanGraphType, var type) when type == typeof(bool) || type == typeof(bool?) => nameof(WriteBoolean),
            (DateTimeScalar, var type) when type == typeof(DateTime) || type == typeof(DateTime?) => nameof(WriteTimestamp),
            _ => null,
        };
        if (write is null || property.DeclaringType is null)
        {
            return null;
        }

        var writer = Expression.Parameter(typeof(Utf8JsonWriter), "writer");
        var source = Expression.Parameter(typeof(object), "source");
        var value = Expression.Property(Expression.Convert(source, property.DeclaringType), property);
        var method = typeof(LeafWriters).GetMethod(write, BindingFlags.NonPublic | BindingFlags.Static, [typeof(Utf8JsonWriter), property.PropertyType, typeof(bool)])!;
        var call = Expression.Call(method, writer, value, Expression.Constant(nonNull));
        return Expression.Lambda<Action<Utf8JsonWriter, object>>(call, writer, source).Compile();
    }

    private static void WriteInt(Utf8JsonWriter writer, int value, bool nonNull) => writer.WriteNumberValue(value);

    private static void WriteInt(Utf8JsonWriter writer, int? value, bool nonNull)
    {
        if (value is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            WriteNull(writer, nonNull);
        }
    }

    private static void WriteString(Utf8JsonWriter writer, string? value, bool nonNull)
    {
        if (value is not null)
        {
            writer.WriteStringValue(value);
        }
        else
        {
            WriteNull(writer, nonNull);
        }
    }

    private static void WriteBoolean(Utf8JsonWriter writer, bool value, bool nonNull) => writer.WriteBooleanValue(value);

    private static void WriteBoolean(Utf8JsonWriter writer, bool? value, bool nonNull)
    {
        if (value is { } flag)
        {
            writer.WriteBooleanValue(flag);
        }
        else
        {
            WriteNull(writer, nonNull);
        }
    }

    /// <summary>As <see cref="DateTimeScalar"/> prints it (<c>yyyy-MM-ddTHH:mm:ssZ</c>), formatted on the stack.</summary>
    private static void WriteTimestamp(Utf8JsonWriter writer, DateTime value, bool nonNull)
    {
        Span<char> text = stackalloc char[32];
        if (!DateTime.SpecifyKind(value, DateTimeKind.Utc).TryFormat(text, out var length, TimestampFormat, CultureInfo.InvariantCulture))
        {
            throw new PlanNotApplicable("A timestamp did not fit its format.");
        }

        writer.WriteStringValue(text[..length]);
    }

    private static void WriteTimestamp(Utf8JsonWriter writer, DateTime? value, bool nonNull)
    {
        if (value is { } instant)
        {
            WriteTimestamp(writer, instant, nonNull);
        }
        else
        {
            WriteNull(writer, nonNull);
        }
    }

    /// <summary>A null: written for a nullable field; for a non-null one, GraphQL.NET's error to place.</summary>
    private static void WriteNull(Utf8JsonWriter writer, bool nonNull)
    {
        if (nonNull)
        {
            throw new PlanNotApplicable("A non-null field is null.");
        }

        writer.WriteNullValue();
    }
}
