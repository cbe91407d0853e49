using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DockingGraph.Values;

namespace DockingGraph.Import;

/// <summary>Reads one LL2 JSON value as the CLR type of the model property it fills.</summary>
internal static class Ll2Values
{
    /// <param name="type">The property's type (a nullable one is read as its underlying type).</param>
    /// <returns>The value, or null when LL2 gave null.</returns>
    public static object? Read(JsonNode? node, Type type)
    {
        if (node is null)
        {
            return null;
        }

        // Nullable.GetUnderlyingType allocates; most properties are not Nullable<T>.
        var target = type.IsGenericType ? Nullable.GetUnderlyingType(type) ?? type : type;
        if (node is not JsonValue value)
        {
            throw new Ll2FormatException($"expected {Describe(target)}, found {node.GetValueKind().ToString().ToLowerInvariant()}");
        }

        var kind = value.GetValueKind();
        object? result = target switch
        {
            _ when target == typeof(string) && kind == JsonValueKind.String => value.GetValue<string>(),
            _ when target == typeof(int) && kind == JsonValueKind.Number && value.TryGetValue<int>(out var i) => i,
            _ when target == typeof(int) && kind == JsonValueKind.Number && value.TryGetValue<double>(out var d) && d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue => (int)d,
            _ when target == typeof(double) && kind == JsonValueKind.Number => value.GetValue<double>(),
            _ when target == typeof(bool) && kind is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>(),
            _ when target == typeof(DateTime) && kind == JsonValueKind.String && UtcTimestamp.TryParse(value.GetValue<string>(), out var t) => t,
            _ when target == typeof(DateOnly) && kind == JsonValueKind.String && DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date,
            _ when target == typeof(TimeSpan) && kind == JsonValueKind.String && Iso8601Duration.TryParse(value.GetValue<string>(), out var span) => span,
            _ => null,
        };

        return result ?? throw new Ll2FormatException($"expected {Describe(target)}, found {value.ToJsonString()}");
    }

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(string) => "a string",
        _ when type == typeof(int) => "an integer",
        _ when type == typeof(double) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(DateTime) => "an ISO-8601 date-time",
        _ when type == typeof(DateOnly) => "a date (yyyy-MM-dd)",
        _ when type == typeof(TimeSpan) => "an ISO-8601 duration",
        _ => type.Name,
    };
}
