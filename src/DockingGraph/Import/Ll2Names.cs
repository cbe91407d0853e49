namespace DockingGraph.Import;

/// <summary>LL2's snake_case keys as the model's PascalCase names (<c>alpha_2_code</c> → <c>Alpha2Code</c>) and the graph's camelCase ones (<c>alpha2Code</c>).</summary>
public static class Ll2Names
{
    public static string ToPascalCase(string key) =>
        string.Concat(key.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    public static string ToCamelCase(string key)
    {
        var pascal = ToPascalCase(key);
        return pascal.Length == 0 ? pascal : char.ToLowerInvariant(pascal[0]) + pascal[1..];
    }
}
