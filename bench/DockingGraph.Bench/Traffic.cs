using System.Text;
using System.Text.Json;

namespace DockingGraph.Bench;

/// <summary>The requests of the load benchmark: what frontends ask, and the hostile classes the hardening refuses.</summary>
public static class Traffic
{
    /// <summary>Normal queries: the nested page of the performance anchors, a search, one record.</summary>
    public static readonly string[] Normal =
    [
        """{ dockingEvents(first: 10, order: [{ docking: DESC }]) { totalCount nodes { id docking departure dockingLocation { id name spacestation { id name } } spaceStationTarget { id name } flightVehicleChaser { id destination spacecraft { id name spacecraftConfig { id name agency { id name } } } } } } }""",
        """{ dockingEvents(search: "Progress", first: 5) { nodes { id docking } } }""",
        """{ dockingEvent(id: 609) { id docking departure dockingLocation { name } } }""",
        """{ spaceStations(first: 5) { nodes { name dockingEvents(first: 5) { totalCount nodes { id } } } } }""",
    ];

    /// <summary>One request of each hostile class, as (class, JSON body).</summary>
    public static readonly (string Class, string Body)[] Hostile =
    [
        ("wide or (5,000 branches)", Body($"{{ dockingEvents(where: {{ or: [{string.Join(",", Enumerable.Range(0, 5_000).Select(i => $"{{id:{{eq:{i}}}}}"))}] }}) {{ totalCount }} }}")),
        ("wide or through a variable", JsonSerializer.Serialize(new { query = "query ($w: DockingEventFilterInput) { dockingEvents(where: $w) { totalCount } }", variables = new { w = new { or = Enumerable.Range(0, 5_000).Select(i => new { id = new { eq = i } }) } } })),
        ("fragment bomb", Body("{ ...F9 } fragment F0 on Query { __typename } " + string.Join(" ", Enumerable.Range(1, 9).Select(i => $"fragment F{i} on Query {{ {string.Join(" ", Enumerable.Repeat($"...F{i - 1}", 10))} }}")))),
        ("50,000 __typename", Body($"{{ {string.Join(" ", Enumerable.Repeat("__typename", 50_000))} }}")),
        ("20,000 @include", Body($"{{ __typename {string.Join(" ", Enumerable.Repeat("@include(if: true)", 20_000))} }}")),
        ("2,000 aliased pages", Body($"{{ {string.Join(" ", Enumerable.Range(0, 2_000).Select(i => $"p{i}: dockingEvents(first: 100) {{ nodes {{ id }} }}"))} }}")),
        ("over the cost", Body($"{{ {string.Join(" ", Enumerable.Range(0, 3).Select(i => $"a{i}: spaceStations(first: 100) {{ nodes {{ dockingEvents(first: 100) {{ nodes {{ chaser {{ __typename }} target {{ __typename }} dockingLocation {{ id }} }} }} }} }}"))} }}")),
        ("cyclic introspection", Body("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }")),
        ("deep nesting", Body($"{{ spaceStations(first: 1) {{ nodes {{ {string.Concat(Enumerable.Repeat("dockingLocations(first: 1) { nodes { spacestation { ", 8))} id {new string('}', 8 * 3)} }} }} }}")),
        ("2 MB body", Body($"{{ __typename }} #{new string('x', 2 * 1024 * 1024)}")),
        ("bad cursor", Body("{ dockingEvents(after: \"not a cursor\") { nodes { id } } }")),
        ("not JSON", "{ \"query\": "),
    ];

    private static string Body(string query) => JsonSerializer.Serialize(new { query });

    public static StringContent Content(string body) => new(body, Encoding.UTF8, "application/json");
}
