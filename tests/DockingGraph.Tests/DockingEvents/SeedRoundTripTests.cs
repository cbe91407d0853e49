using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DockingGraph.Tests.Infrastructure;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.DockingEvents;

/// <summary>
/// For each recorded LL2 response: asking the gateway for its records with every field of the
/// response selected gives back the response's values (names camelCased, <c>response_mode</c>
/// dropped, dates compared as instants, <c>url</c> not compared), with all seeds loaded as the
/// embedded default has them.
/// </summary>
public abstract class SeedRoundTripTests(GatewayFactory gateway) : StoreTests<GatewayFactory>(gateway)
{
    [SkippableTheory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public async Task Every_seed_field_comes_back_as_LL2_gave_it(string seed)
    {
        var body = JsonNode.Parse(await File.ReadAllTextAsync(Seeds.File(seed)))!.AsObject();
        var events = body["results"] is JsonArray results ? results.Select(r => r!.AsObject()).ToList() : [body];
        var eventType = (IComplexGraphType)Gateway.Services.GetRequiredService<ISchema>().AllTypes["DockingEvent"]!;

        foreach (var source in events)
        {
            var expected = source.ContainsKey("flight_vehicle") || source.ContainsKey("launch_id") ? AsVersion230(source) : source;
            var query = $"{{ dockingEvent(id: {expected["id"]}) {Selection(expected, eventType)} }}";

            var data = await Gateway.DataAsync(query);

            var differences = new List<string>();
            Compare(expected, JsonNode.Parse(data.GetProperty("dockingEvent").GetRawText()), $"dockingEvent({expected["id"]})", differences);
            Assert.True(differences.Count == 0, string.Join("\n", differences));
        }
    }

    /// <summary>The 2.2.0 names, as the README documents their 2.3.0 places.</summary>
    private static JsonObject AsVersion230(JsonObject source)
    {
        var record = source.DeepClone().AsObject();
        record.Remove("flight_vehicle", out var chaser);
        record.Remove("launch_id", out var launchId);
        chaser!["launch"] = new JsonObject { ["id"] = launchId!.DeepClone() };
        record["flight_vehicle_chaser"] = chaser;
        record["space_station_target"] = record["docking_location"]!["spacestation"]?.DeepClone();
        var agency = chaser["spacecraft"]!["spacecraft_config"]!["agency"]!;
        agency["type"] = new JsonObject { ["name"] = agency["type"]!.DeepClone() };
        return record;
    }

    /// <summary>A selection of every key of the LL2 object, through the served schema (a key without a field fails here).</summary>
    private static string Selection(JsonObject value, IComplexGraphType type)
    {
        var selection = new StringBuilder("{ ");
        foreach (var (key, child) in value)
        {
            if (key == "response_mode")
            {
                continue;
            }

            var name = CamelCase(key);
            var field = type.GetField(name) ?? throw new Xunit.Sdk.XunitException($"{type.Name} has no field {name} for LL2's `{key}`");
            selection.Append(name);
            if (Unwrap(field.ResolvedType!) is IComplexGraphType fieldType)
            {
                var objects = child switch
                {
                    JsonObject one => [one],
                    JsonArray many => many.OfType<JsonObject>().ToList(),
                    _ => new List<JsonObject>(),
                };
                var merged = new JsonObject();
                foreach (var (k, v) in objects.SelectMany(o => o))
                {
                    if (!merged.ContainsKey(k) || merged[k] is null || (merged[k] is JsonArray { Count: 0 } && v is JsonArray { Count: > 0 }))
                    {
                        merged[k] = v?.DeepClone();
                    }
                }

                selection.Append(' ').Append(merged.Count == 0 ? "{ __typename }" : Selection(merged, fieldType));
            }

            selection.Append(' ');
        }

        return selection.Append('}').ToString();
    }

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> differences)
    {
        switch (expected)
        {
            case JsonObject expectedObject:
                if (actual is not JsonObject actualObject)
                {
                    differences.Add($"{path}: expected an object, got {actual?.ToJsonString() ?? "null"}");
                    return;
                }

                foreach (var (key, value) in expectedObject)
                {
                    if (key is "response_mode" or "url")
                    {
                        continue;
                    }

                    Compare(value, actualObject[CamelCase(key)], $"{path}.{CamelCase(key)}", differences);
                }

                return;
            case JsonArray expectedList:
                if (actual is not JsonArray actualList || actualList.Count != expectedList.Count)
                {
                    differences.Add($"{path}: expected {expectedList.ToJsonString()}, got {actual?.ToJsonString() ?? "null"}");
                    return;
                }

                for (var i = 0; i < expectedList.Count; i++)
                {
                    Compare(expectedList[i], actualList[i], $"{path}[{i}]", differences);
                }

                return;
            default:
                if (!SameValue(expected, actual))
                {
                    differences.Add($"{path}: expected {expected?.ToJsonString() ?? "null"}, got {actual?.ToJsonString() ?? "null"}");
                }

                return;
        }
    }

    private static bool SameValue(JsonNode? expected, JsonNode? actual)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null;
        }

        var e = expected.AsValue();
        var a = actual.AsValue();
        if (e.GetValueKind() == JsonValueKind.Number && a.GetValueKind() == JsonValueKind.Number)
        {
            return e.GetValue<double>() == a.GetValue<double>();
        }

        if (e.GetValueKind() == JsonValueKind.String && a.GetValueKind() == JsonValueKind.String
            && TryInstant(e.GetValue<string>(), out var expectedInstant) && TryInstant(a.GetValue<string>(), out var actualInstant))
        {
            return expectedInstant == actualInstant;
        }

        return JsonNode.DeepEquals(expected, actual);
    }

    private static bool TryInstant(string text, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);

    private static string CamelCase(string key)
    {
        var parts = key.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    [Collection(SeededGatewayOnSqlite.Name)]
    public sealed class OnSqlite(GatewayFactory gateway) : SeedRoundTripTests(gateway)
    {
    }

    [Collection(SeededGatewayOnPostgreSql.Name)]
    public sealed class OnPostgreSql(PostgresGatewayFactory gateway) : SeedRoundTripTests(gateway)
    {
    }
}
