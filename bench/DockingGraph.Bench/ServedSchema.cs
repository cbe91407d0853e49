using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DockingGraph.Bench;

/// <summary>
/// The schema a gateway serves, read once by introspection: each type's fields (with the named type
/// under any list or non-null wrapper) and each input type's fields. The red-team attacks that
/// depend on the schema (every sort key, every scalar of a page) are generated from it.
/// </summary>
public sealed class ServedSchema
{
    private const string Introspection = "{ __schema { types { name kind fields { name args { name } type { ...Ref } } inputFields { name type { ...Ref } } } } } fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }";

    private readonly Dictionary<string, IReadOnlyList<Member>> fields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Member>> inputFields = new(StringComparer.Ordinal);

    /// <summary>A field: its name, the kind and name of the type it holds, whether it is a list, whether it takes arguments.</summary>
    public sealed record Member(string Name, string Kind, string Type, bool IsList, bool HasArguments);

    public static async Task<ServedSchema> ReadAsync(Uri gateway)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var response = await http.PostAsJsonAsync(new Uri(gateway, "/graphql"), new { query = Introspection });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var schema = new ServedSchema();
        foreach (var type in json.RootElement.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            if (type.GetProperty("fields") is { ValueKind: JsonValueKind.Array } typeFields)
            {
                schema.fields[name] = [.. typeFields.EnumerateArray().Select(f => Read(f, f.GetProperty("args").GetArrayLength() > 0))];
            }

            if (type.GetProperty("inputFields") is { ValueKind: JsonValueKind.Array } typeInputFields)
            {
                schema.inputFields[name] = [.. typeInputFields.EnumerateArray().Select(f => Read(f, false))];
            }
        }

        return schema;
    }

    /// <summary>
    /// One sort element holding sortable keys of <paramref name="sortInput"/> and of the sort inputs
    /// reachable from it (to-one relations), depth first, at most <paramref name="maxDepth"/> levels
    /// deep, until <paramref name="keys"/> keys; every key in <paramref name="direction"/>.
    /// </summary>
    public JsonObject SortElement(string sortInput, int keys, int maxDepth, string direction)
    {
        var left = keys;
        return Element(sortInput, 1);

        JsonObject Element(string type, int depth)
        {
            var element = new JsonObject();
            foreach (var field in inputFields[type])
            {
                if (left == 0)
                {
                    break;
                }

                if (field.Kind == "ENUM")
                {
                    element[field.Name] = direction;
                    left--;
                }
                else if (field.Kind == "INPUT_OBJECT" && depth < maxDepth)
                {
                    var nested = Element(field.Type, depth + 1);
                    if (nested.Count > 0)
                    {
                        element[field.Name] = nested;
                    }
                }
            }

            return element;
        }
    }

    /// <summary>The paths of the sortable keys of <paramref name="sortInput"/> up to <paramref name="maxDepth"/> levels (<c>dockingLocation.name</c>).</summary>
    public IReadOnlyList<string[]> SortPaths(string sortInput, int maxDepth)
    {
        var paths = new List<string[]>();
        Walk(sortInput, []);
        return paths;

        void Walk(string type, string[] path)
        {
            foreach (var field in inputFields[type])
            {
                if (field.Kind == "ENUM")
                {
                    paths.Add([.. path, field.Name]);
                }
                else if (field.Kind == "INPUT_OBJECT" && path.Length + 1 < maxDepth)
                {
                    Walk(field.Type, [.. path, field.Name]);
                }
            }
        }
    }

    /// <summary>
    /// A selection of every scalar field (without arguments) of <paramref name="type"/>, and of the
    /// objects reachable through its to-one relations, depth first, at most <paramref name="objects"/> of them.
    /// </summary>
    public string Selection(string type, int objects, int maxDepth)
    {
        var left = objects;
        return Select(type, 1);

        string Select(string name, int depth)
        {
            var parts = new List<string>();
            foreach (var field in fields[name].Where(f => !f.HasArguments && !f.IsList))
            {
                if (field.Kind is "SCALAR" or "ENUM")
                {
                    parts.Add(field.Name);
                }
                else if (field.Kind == "OBJECT" && left > 0 && depth < maxDepth)
                {
                    left--;
                    parts.Add($"{field.Name} {{ {Select(field.Type, depth + 1)} }}");
                }
            }

            return string.Join(" ", parts);
        }
    }

    private static Member Read(JsonElement field, bool hasArguments)
    {
        var type = field.GetProperty("type");
        var isList = false;
        while (type.GetProperty("kind").GetString() is "NON_NULL" or "LIST")
        {
            isList |= type.GetProperty("kind").GetString() == "LIST";
            type = type.GetProperty("ofType");
        }

        return new Member(field.GetProperty("name").GetString()!, type.GetProperty("kind").GetString()!, type.GetProperty("name").GetString()!, isList, hasArguments);
    }
}
