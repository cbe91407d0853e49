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

        // Each store's data version says when its imports ran, and its change log what each import changed: both differ.
        Assert.Equal(normalFirst.DumpTables("SourceDocuments", "DataVersion", "DockingEventChanges"), detailedFirst.DumpTables("SourceDocuments", "DataVersion", "DockingEventChanges"));
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

    [SkippableTheory]
    [InlineData("\\ud800", "a string holds \\ud800, half of a surrogate pair without its other half, which is not text")]
    [InlineData("\\udfff and", "a string holds \\udfff, half of a surrogate pair without its other half, which is not text")]
    [InlineData("\\ud83d\\u0041", "a string holds \\ud83d, half of a surrogate pair without its other half, which is not text")]
    [InlineData("\\u0000", "a string holds the NUL character (\\u0000), which PostgreSQL cannot store and LL2 does not send")]
    public async Task A_string_that_is_not_text_is_rejected_with_its_path_on_both_stores_alike(string escaped, string reason)
    {
        var body = JsonNode.Parse(await File.ReadAllTextAsync(Seeds.File("003")))!;
        body["flight_vehicle_chaser"]!["spacecraft"]!["name"] = "Soyuz ESCAPED MS";

        await AssertRejectedAsync(body.ToJsonString().Replace("ESCAPED", escaped, StringComparison.Ordinal), $"$.flight_vehicle_chaser.spacecraft.name: {reason}");
    }

    [SkippableTheory]
    [InlineData("""{ "id": 1, "docking": null, "docking_location": null }""")]
    [InlineData("\"many\"")]
    [InlineData("null")]
    public async Task A_list_page_whose_results_is_not_a_list_is_rejected_by_name(string results)
    {
        await AssertRejectedAsync($$"""{ "count": 1, "next": null, "previous": null, "results": {{results}} }""", "not an LL2 list page: `results` must be a list");
    }

    [SkippableFact]
    public async Task A_count_of_any_size_is_not_used_and_the_page_imports()
    {
        using var store = Store();
        var page = JsonNode.Parse(await File.ReadAllTextAsync(Seeds.File("001")))!.AsObject();
        var text = page.ToJsonString().Replace($"\"count\":{page["count"]!.ToJsonString()}", $"\"count\":{new string('9', 100_000)}", StringComparison.Ordinal);
        Assert.Contains(new string('9', 100_000), text, StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"count-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, text);
        try
        {
            var report = await store.ImportAsync(file);

            Assert.Equal(page["results"]!.AsArray().Count, report.Events);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [SkippableFact]
    public async Task A_key_that_is_not_text_is_rejected_with_the_path_of_its_object()
    {
        var text = await File.ReadAllTextAsync(Seeds.File("001"));
        var name = text.IndexOf("\"name\"", StringComparison.Ordinal);
        var path = JsonPathOfFirstName(JsonNode.Parse(text)!);

        await AssertRejectedAsync($"{text[..name]}\"name\\udc00\": 1, {text[name..]}", $"{path[..path.LastIndexOf('.')]}: a key holds \\udc00, half of a surrogate pair without its other half, which is not text");
    }

    [SkippableFact]
    public async Task Bytes_that_are_not_utf8_in_a_string_are_rejected_with_its_path()
    {
        var text = await File.ReadAllTextAsync(Seeds.File("001"));
        var name = text.IndexOf("\"name\"", StringComparison.Ordinal);
        var value = text.IndexOf('"', text.IndexOf(':', name)) + 1;
        var bytes = System.Text.Encoding.UTF8.GetBytes($"{text[..value]}~~{text[value..]}");
        var at = System.Text.Encoding.UTF8.GetByteCount(text[..value]);
        (bytes[at], bytes[at + 1]) = ((byte)0xc3, (byte)0x28);

        await AssertRejectedAsync(bytes, $"{JsonPathOfFirstName(JsonNode.Parse(text)!)}: a string holds bytes that are not UTF-8");
    }

    [SkippableFact]
    public async Task A_surrogate_pair_is_text_and_is_stored_whole_on_both_stores()
    {
        using var store = Store();
        var body = JsonNode.Parse(await File.ReadAllTextAsync(Seeds.File("003")))!;
        body["flight_vehicle_chaser"]!["spacecraft"]!["name"] = "Soyuz ESCAPED MS";
        var file = Path.Combine(Path.GetTempPath(), $"pair-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, body.ToJsonString().Replace("ESCAPED", "\\ud83d\\ude80", StringComparison.Ordinal));
        try
        {
            await store.ImportAsync(file);
        }
        finally
        {
            File.Delete(file);
        }

        await using var db = await store.Contexts.CreateDbContextAsync();
        var id = body["flight_vehicle_chaser"]!["spacecraft"]!["id"]!.GetValue<int>();
        Assert.Equal("Soyuz \U0001F680 MS", (await db.Set<Spacecraft>().SingleAsync(s => s.Id == id)).Name);
    }

    /// <summary>The JSON path of the first <c>name</c> in a body, in the order of its text (the one the tests above spoil).</summary>
    private static string JsonPathOfFirstName(JsonNode body) => FirstName(body)!;

    private static string? FirstName(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject record:
                foreach (var (key, value) in record)
                {
                    if ((key == "name" ? $"{record.GetPath()}.name" : FirstName(value)) is { } path)
                    {
                        return path;
                    }
                }

                return null;
            case JsonArray list:
                return list.Select(FirstName).FirstOrDefault(path => path is not null);
            default:
                return null;
        }
    }

    private Task AssertRejectedAsync(string badFileContent, string reason) =>
        AssertRejectedAsync(System.Text.Encoding.UTF8.GetBytes(badFileContent), reason);

    /// <summary>A store with seed 000 imports seed 002 together with a bad file: the import fails naming the bad file, and the store is as before.</summary>
    private async Task AssertRejectedAsync(byte[] badFileContent, string reason)
    {
        using var store = Store();
        await store.ImportAsync(Seeds.File("000"));
        var before = store.DumpTables();
        var bad = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.json");
        await File.WriteAllBytesAsync(bad, badFileContent);

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
