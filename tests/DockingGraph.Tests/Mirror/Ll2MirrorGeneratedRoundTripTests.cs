using System.Text.Json.Nodes;
using DockingGraph.Storage;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Mirror;

/// <summary>Events made up in LL2's whole shapes (<see cref="RecordedShapeEvents"/>), imported, are answered by the mirror as they were given: normal ones in the list, detailed ones on their own pages.</summary>
public abstract class Ll2MirrorGeneratedRoundTripTests(Ll2MirrorGeneratedRoundTripTests.ShapeGateway gateway) : StoreTests<Ll2MirrorGeneratedRoundTripTests.ShapeGateway>(gateway)
{
    [SkippableFact]
    public async Task Every_generated_event_is_answered_as_it_was_given()
    {
        var given = Gateway.Given["results"]!.AsArray().Select(r => r!.AsObject()).ToList();
        using var client = Gateway.CreateClient(new() { BaseAddress = new Uri(RecordedShapeEvents.Host) });

        var listed = new Dictionary<int, JsonNode>();
        for (var offset = 0; offset < given.Count; offset += 100)
        {
            var page = JsonNode.Parse(await client.GetStringAsync($"/2.3.0/docking_events/?format=api&limit=100&offset={offset}"))!;
            foreach (var record in page["results"]!.AsArray())
            {
                listed[record!["id"]!.GetValue<int>()] = record;
            }
        }

        var differences = new List<string>();
        foreach (var record in given)
        {
            var id = record["id"]!.GetValue<int>();
            var answered = record["response_mode"]!.GetValue<string>() == "normal"
                ? listed[id]
                : JsonNode.Parse(await client.GetStringAsync($"/2.3.0/docking_events/{id}/?format=api"));
            if (Ll2Json.Difference(record, answered) is { } difference)
            {
                differences.Add($"event {id}: {difference}");
            }
        }

        Assert.Equal(given.Count, listed.Count);
        Assert.Empty(differences);
    }

    /// <summary>A gateway over 120 generated events of both modes.</summary>
    public class ShapeGateway : GeneratedDataGateway
    {
        public ShapeGateway()
            : this(StoreProvider.Sqlite)
        {
        }

        protected ShapeGateway(StoreProvider provider)
            : base(provider)
        {
        }

        public JsonObject Given { get; private set; } = [];

        protected override JsonObject Generate() => Given = RecordedShapeEvents.Page(120, seed: 20261206);
    }

    public sealed class ShapeGatewayOnPostgreSql() : ShapeGateway(StoreProvider.PostgreSQL)
    {
    }

    public sealed class OnSqlite(ShapeGateway gateway) : Ll2MirrorGeneratedRoundTripTests(gateway), IClassFixture<ShapeGateway>
    {
    }

    public sealed class OnPostgreSql(ShapeGatewayOnPostgreSql gateway) : Ll2MirrorGeneratedRoundTripTests(gateway), IClassFixture<ShapeGatewayOnPostgreSql>
    {
    }
}
