using System.Globalization;
using System.Text.Json.Nodes;

namespace DockingGraph.Tests.Mirror;

/// <summary>JSON equality as an LL2 client sees it, key order included: the first difference, as a path, or null.</summary>
public static class Ll2Json
{
    public static string? Difference(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (JsonObject e, JsonObject a):
                var expectedKeys = e.Select(p => p.Key).ToList();
                var actualKeys = a.Select(p => p.Key).ToList();
                if (!expectedKeys.SequenceEqual(actualKeys))
                {
                    return $"{path}: keys [{string.Join(", ", expectedKeys)}] expected, [{string.Join(", ", actualKeys)}] written";
                }

                return expectedKeys.Select(k => Difference(e[k], a[k], $"{path}.{k}")).FirstOrDefault(d => d is not null);
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    return $"{path}: {e.Count} items expected, {a.Count} written";
                }

                return e.Select((item, i) => Difference(item, a[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null);
            case (JsonValue e, JsonValue a):
                return SameValue(e, a) ? null : $"{path}: {e.ToJsonString()} expected, {a.ToJsonString()} written";
            default:
                return $"{path}: {expected?.ToJsonString() ?? "null"} expected, {actual?.ToJsonString() ?? "null"} written";
        }
    }

    /// <summary>Numbers by value (LL2's <c>3474800.0</c> is the graph's <c>3474800</c>), everything else exactly.</summary>
    private static bool SameValue(JsonValue expected, JsonValue actual) =>
        expected.GetValueKind() == System.Text.Json.JsonValueKind.Number && actual.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? decimal.Parse(expected.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture) == decimal.Parse(actual.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : JsonNode.DeepEquals(expected, actual);
}
