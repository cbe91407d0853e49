using System.Text.Json;
using System.Text.Json.Nodes;
using DockingGraph.Storage;
using DockingGraph.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DockingGraph.Tests.QuerySemantics;

/// <summary>
/// Everything a client can ask LL2's <c>/docking_events/</c> gives, in the graph, the same records
/// in the same order on the same data. Each case is a REST query string; the test turns it into
/// the graph's arguments as the README's table says, walks the pages forward and backward, and
/// checks ids and totals against <see cref="RestModel"/>.
/// </summary>
public abstract class RestSemanticsTests(RestSemanticsTests.CaseGateway gateway, ITestOutputHelper output) : StoreTests<RestSemanticsTests.CaseGateway>(gateway)
{
    public static TheoryData<string> Cases => new(RestQueries);

    private static readonly string[] RestQueries =
    [
        "",
        "docking__gt=2000-01-01T00:00:00Z",
        "docking__gte=2000-01-01T00:00:00",
        "docking__lt=1990-06-01T12:00:00Z",
        "docking__lte={docking:147}",
        "docking__gt={docking:147}",
        "docking__lt={docking:147}",
        "docking__gte={docking:147}&ordering=docking",
        "docking__gte=1990-01-01T00:00:00Z&docking__lt=2000-01-01T00:00:00Z",
        "docking_location__id=2",
        "docking_location__id=6&ordering=-docking",
        "flight_vehicle_chaser__id={chaserFlight}",
        "flight_vehicle__id={chaserFlight}",
        "space_station_target__id=2",
        "space_station__id=3",
        "space_station_target__id=99",
        "ordering=docking",
        "ordering=-docking",
        "ordering=departure",
        "ordering=-departure",
        "ordering=docking,-departure",
        "ordering=-departure,docking",
        "ordering=departure,-docking",
        "ordering=id",
        "ordering=-id",
        "search=salyut",
        "search=SALYUT",
        "search=progress ms",
        "search=\"Progress MS\"",
        "search='Crew Dragon' zvezda",
        "search=soyuz,harmony",
        "search=,soyuz,,",
        "search=тяньгун",
        "search=ТЯНЬЧЖОУ",
        "search=100%",
        "search=%",
        "search=_",
        "search=chang'e",
        "search=\"chang'e 6\"",
        "search=no-such-thing",
        "search=",
        "search=   ",
        "search=progress&ordering=-departure&docking__gte=2000-01-01T00:00:00Z",
        "space_station_target__id=1&ordering=-docking&search=soyuz",
        "search=station&ordering=departure,docking",
    ];

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task The_graph_gives_what_the_REST_endpoint_gives(string restQuery)
    {
        var query = Parse(restQuery);
        var expected = RestModel.Evaluate(Gateway.Model, query).Select(e => e.Id).ToList();
        var arguments = GraphArguments(query);

        var (forward, total) = await WalkAsync(arguments, first: 100, backward: false);
        var (backward, _) = await WalkAsync(arguments, first: 37, backward: true);

        output.WriteLine($"{restQuery}: {expected.Count} records, first {string.Join(", ", expected.Take(5))}");
        Assert.Equal(expected.Count, total);
        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public async Task The_mirror_gives_what_the_REST_endpoint_gives(string restQuery)
    {
        var query = Parse(restQuery);
        var expected = RestModel.Evaluate(Gateway.Model, query).Select(e => e.Id).ToList();
        var endpoint = MirrorEndpoints.First(e => query.Keys.All(e.Parameters.Contains) && Orderings(query).All(e.Orderings.Contains));

        var ids = new List<int>();
        var count = -1;
        using var client = Gateway.CreateClient();
        for (var offset = 0; offset <= expected.Count; offset += 37)
        {
            var address = $"{endpoint.Path}?{string.Join('&', query.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"))}&limit=37&offset={offset}";
            var page = JsonNode.Parse(await client.GetStringAsync(address))!;
            count = page["count"]!.GetValue<int>();
            ids.AddRange(page["results"]!.AsArray().Select(r => r!["id"]!.GetValue<int>()));
        }

        Assert.Equal(expected.Count, count);
        Assert.Equal(expected, ids);
    }

    /// <summary>LL2's docking event lists: the parameters and ordering fields each version documents.</summary>
    private static readonly (string Path, string[] Parameters, string[] Orderings)[] MirrorEndpoints =
    [
        ("/2.3.0/docking_events/", ["docking__gt", "docking__gte", "docking__lt", "docking__lte", "docking_location__id", "flight_vehicle_chaser__id", "space_station_target__id", "search", "ordering"], ["docking", "departure"]),
        ("/2.2.0/docking_event/", ["docking_location__id", "flight_vehicle__id", "space_station__id", "search", "ordering"], ["id", "docking", "departure"]),
    ];

    private static IEnumerable<string> Orderings(IReadOnlyDictionary<string, string> query) =>
        query.TryGetValue("ordering", out var ordering) ? ordering.Split(',').Select(o => o.TrimStart('-')) : [];

    [SkippableFact]
    public void The_cases_cover_every_filter_ordering_and_kind_of_search()
    {
        var parameters = RestQueries.SelectMany(c => Parse(c).Keys).ToHashSet();

        Assert.Superset(
            new HashSet<string> { "docking__gt", "docking__gte", "docking__lt", "docking__lte", "docking_location__id", "flight_vehicle_chaser__id", "space_station_target__id", "space_station__id", "flight_vehicle__id", "ordering", "search" },
            parameters);
        Assert.Contains(Gateway.Model, e => e.Departure is null);
    }

    /// <summary>The README's table, as code: each REST parameter's GraphQL form.</summary>
    private static Dictionary<string, object?> GraphArguments(IReadOnlyDictionary<string, string> query)
    {
        var where = new Dictionary<string, object?>();
        var order = new List<object>();
        string? search = null;
        foreach (var (name, value) in query)
        {
            switch (name)
            {
                case "docking__gt" or "docking__gte" or "docking__lt" or "docking__lte":
                    var docking = where.TryGetValue("docking", out var existing) ? (Dictionary<string, object?>)existing! : [];
                    docking[name["docking__".Length..]] = value;
                    where["docking"] = docking;
                    break;
                case "docking_location__id":
                    where["dockingLocation"] = IdEquals(value);
                    break;
                case "flight_vehicle_chaser__id" or "flight_vehicle__id":
                    where["flightVehicleChaser"] = IdEquals(value);
                    break;
                case "space_station_target__id" or "space_station__id":
                    where["spaceStationTarget"] = IdEquals(value);
                    break;
                case "ordering":
                    order.AddRange(value.Split(',').Select(key => new Dictionary<string, string> { [key.TrimStart('-')] = key.StartsWith('-') ? "DESC" : "ASC" }));
                    break;
                case "search":
                    search = value;
                    break;
            }
        }

        return new() { ["where"] = where, ["order"] = order, ["search"] = search };

        static Dictionary<string, object?> IdEquals(string value) => new() { ["id"] = new Dictionary<string, object?> { ["eq"] = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) } };
    }

    private async Task<(List<int> Ids, int Total)> WalkAsync(Dictionary<string, object?> arguments, int first, bool backward)
    {
        const string Query = """
            query ($where: DockingEventFilterInput, $order: [DockingEventSortInput!], $search: String, $first: Int, $after: String, $last: Int, $before: String) {
              dockingEvents(where: $where, order: $order, search: $search, first: $first, after: $after, last: $last, before: $before) {
                totalCount
                nodes { id }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }
            """;
        var ids = new List<int>();
        var total = -1;
        string? cursor = null;
        for (var pages = 0; pages < 50; pages++)
        {
            var variables = new Dictionary<string, object?>(arguments)
            {
                [backward ? "last" : "first"] = first,
                [backward ? "before" : "after"] = cursor,
            };
            var connection = (await Gateway.DataAsync(Query, variables)).GetProperty("dockingEvents");
            total = connection.GetProperty("totalCount").GetInt32();
            var page = connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToList();
            ids.InsertRange(backward ? 0 : ids.Count, page);
            var info = connection.GetProperty("pageInfo");
            if (!info.GetProperty(backward ? "hasPreviousPage" : "hasNextPage").GetBoolean())
            {
                return (ids, total);
            }

            cursor = info.GetProperty(backward ? "startCursor" : "endCursor").GetString();
        }

        throw new InvalidOperationException("the pages never ended");
    }

    private IReadOnlyDictionary<string, string> Parse(string restQuery)
    {
        var query = new Dictionary<string, string>();
        foreach (var pair in restQuery.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            // Event 147 docks at the same time as event 146: a boundary with a tie on it.
            query[name] = value
                .Replace("{docking:147}", Gateway.Model[146].Docking.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{chaserFlight}", Gateway.Model.First(e => e.ChaserFlightId is not null).ChaserFlightId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return query;
    }

    /// <summary>A gateway over 300 generated events (and only them), with their model.</summary>
    public class CaseGateway : GeneratedDataGateway
    {
        public CaseGateway()
            : this(StoreProvider.Sqlite)
        {
        }

        protected CaseGateway(StoreProvider provider)
            : base(provider)
        {
        }

        public IReadOnlyList<ModelEvent> Model { get; private set; } = [];

        protected override JsonObject Generate()
        {
            var (page, model) = RestCaseData.Generate(300);
            Model = model;
            return page;
        }
    }

    public sealed class CaseGatewayOnPostgreSql() : CaseGateway(StoreProvider.PostgreSQL)
    {
    }

    public sealed class OnSqlite(RestSemanticsTests.CaseGateway gateway, ITestOutputHelper output) : RestSemanticsTests(gateway, output), IClassFixture<RestSemanticsTests.CaseGateway>
    {
    }

    public sealed class OnPostgreSql(RestSemanticsTests.CaseGatewayOnPostgreSql gateway, ITestOutputHelper output) : RestSemanticsTests(gateway, output), IClassFixture<RestSemanticsTests.CaseGatewayOnPostgreSql>
    {
    }
}
