using System.Text.Json.Nodes;
using DockingGraph.Import;
using DockingGraph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Tests.Import;

public abstract class ImportTests(StoreProvider provider)
{
    [SkippableFact]
    public async Task Importing_the_same_files_twice_changes_nothing()
    {
        using var store = Store();
        var first = await store.ImportAsync(Seeds.Directory);
        var before = store.DumpTables();

        var second = await store.ImportAsync(Seeds.Directory);

        Assert.True(first.TotalNew > 200, first.ToString());
        Assert.Equal(0, second.TotalNew);
        Assert.True(second.TotalUpdated == 0, second.ToString());
        Assert.Equal(before, store.DumpTables());
    }

    [SkippableFact]
    public async Task Detailed_then_normal_gives_the_same_rows_as_normal_then_detailed()
    {
        var detailed = Seeds.File("002");
        var normal = Seeds.File("001");
        using var detailedFirst = Store();
        using var normalFirst = Store();

        await detailedFirst.ImportAsync(detailed);
        await detailedFirst.ImportAsync(normal);
        await normalFirst.ImportAsync(normal);
        await normalFirst.ImportAsync(detailed);

        // Each store's data version says when its imports ran, which differs.
        Assert.Equal(normalFirst.DumpTables("SourceDocuments", "DataVersion"), detailedFirst.DumpTables("SourceDocuments", "DataVersion"));
        Assert.Equal(await SourcesOf(normalFirst), await SourcesOf(detailedFirst), new JsonEquality());
    }

    [SkippableFact]
    public async Task A_shorter_form_never_erases_what_a_fuller_form_gave()
    {
        using var store = Store();
        await store.ImportAsync(Seeds.File("002"));
        await store.ImportAsync(Seeds.File("001"));

        await using var db = await store.Contexts.CreateDbContextAsync();
        var ascender = await db.Set<Payload>().SingleAsync(p => p.Id == 26);
        var operatorAgency = await db.Set<Agency>().SingleAsync(a => a.Id == 17);
        Assert.Equal("Sample ascender of the Chang'e 6 mission.", ascender.Description);
        Assert.Equal(800.0, ascender.Mass);
        Assert.Equal(1993, operatorAgency.FoundingYear);
        Assert.Equal(FormRank.Detailed, (await db.Set<DockingEvent>().SingleAsync(e => e.Id == 609)).SourceRank);
    }

    [SkippableFact]
    public async Task A_truncated_file_is_rejected_by_name_and_nothing_is_written()
    {
        var text = await File.ReadAllTextAsync(Seeds.File("001"));

        await AssertRejectedAsync(text[..(text.Length / 2)], "not complete JSON (Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed. LineNumber: 826 | BytePositionInLine: 2.)");
    }

    [SkippableFact]
    public async Task A_json_file_that_is_not_an_ll2_body_is_rejected_by_name_and_nothing_is_written()
    {
        await AssertRejectedAsync("""{ "name": "Soyuz", "crew": [1, 2, 3] }""", "$: not an LL2 docking event (an object with id, docking and docking_location)");
    }

    [SkippableFact]
    public async Task A_value_of_the_wrong_type_is_rejected_with_its_path_and_nothing_is_written()
    {
        var body = JsonNode.Parse(await File.ReadAllTextAsync(Seeds.File("003")))!;
        body["flight_vehicle_chaser"]!["spacecraft"]!["flights_count"] = "many";

        await AssertRejectedAsync(body.ToJsonString(), "$.flight_vehicle_chaser.spacecraft.flights_count: expected an integer, found \"many\"");
    }

    /// <summary>A store with seed 000 imports seed 002 together with a bad file: the import fails naming the bad file, and the store is as before.</summary>
    private async Task AssertRejectedAsync(string badFileContent, string reason)
    {
        using var store = Store();
        await store.ImportAsync(Seeds.File("000"));
        var before = store.DumpTables();
        var bad = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(bad, badFileContent);

        try
        {
            var error = await Assert.ThrowsAsync<Ll2ImportException>(() => store.ImportAsync(Seeds.File("002"), bad));

            Assert.Equal($"{bad}: {reason}", error.Message);
            Assert.Equal(before, store.DumpTables());
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [SkippableFact]
    public async Task A_2_2_0_event_maps_onto_the_2_3_0_model()
    {
        using var store = Store();
        await store.ImportAsync(Seeds.File("004"));

        await using var db = await store.Contexts.CreateDbContextAsync();
        var docking = await db.Set<DockingEvent>().SingleAsync(e => e.Id == 191);
        var flight = await db.Set<SpacecraftFlight>().SingleAsync(f => f.Id == docking.FlightVehicleChaserId);
        var configuration = await db.Set<SpacecraftConfiguration>().Include(c => c.Agency!.Type).SingleAsync(c => c.Id == 1);
        Assert.Equal(324, docking.FlightVehicleChaserId);
        Assert.Equal(14, docking.SpaceStationTargetId);
        Assert.Equal("27c87f77-330d-45e4-a926-9f2a12d73cd2", flight.LaunchId);
        Assert.Equal("Government", configuration.Agency!.Type!.Name);
        Assert.Null(configuration.Agency.Type.Id);
        Assert.Equal(FormRank.V220, docking.SourceRank);
    }

    [SkippableFact]
    public async Task An_agency_type_named_by_2_2_0_takes_its_id_when_2_3_0_gives_it()
    {
        using var store = Store();
        await store.ImportAsync(Seeds.File("004"));
        await store.ImportAsync(Seeds.File("003"));

        await using var db = await store.Contexts.CreateDbContextAsync();
        var government = await db.Set<AgencyType>().SingleAsync(t => t.Name == "Government");
        Assert.Equal(1, government.Id);
    }

    private static async Task<List<JsonNode?>> SourcesOf(TestStore store)
    {
        await using var db = await store.Contexts.CreateDbContextAsync();
        var documents = await db.Set<SourceDocument>().OrderBy(d => d.Kind).ThenBy(d => d.RecordId).ToListAsync();
        return documents.Select(d => (JsonNode?)new JsonObject { ["kind"] = d.Kind, ["id"] = d.RecordId, ["rank"] = d.Rank.ToString(), ["json"] = JsonNode.Parse(d.Json) }).ToList();
    }

    private sealed class JsonEquality : IEqualityComparer<JsonNode?>
    {
        public bool Equals(JsonNode? x, JsonNode? y) => JsonNode.DeepEquals(x, y);

        public int GetHashCode(JsonNode? obj) => 0;
    }

    /// <summary>A store of this suite's provider (skipped, saying why, where the provider cannot run).</summary>
    private TestStore Store()
    {
        Stores.SkipWithout(provider);
        return new TestStore(provider);
    }

    public sealed class OnSqlite() : ImportTests(StoreProvider.Sqlite)
    {
    }

    public sealed class OnPostgreSql() : ImportTests(StoreProvider.PostgreSQL)
    {
    }
}
