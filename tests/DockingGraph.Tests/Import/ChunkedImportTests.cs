using System.Text;
using System.Text.Json.Nodes;
using DockingGraph.Features.SpaceStations;
using DockingGraph.Generator;
using DockingGraph.Import;
using DockingGraph.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DockingGraph.Tests.Import;

/// <summary>The import works through its input in chunks, as a stream; none of that shows in what it stores or reports.</summary>
public abstract class ChunkedImportTests(StoreProvider provider) : IDisposable
{
    private readonly List<string> files = [];

    [SkippableFact]
    public async Task Chunk_size_changes_nothing_that_is_stored_or_reported()
    {
        var generated = WriteFile(new DockingEventGenerator(seed: 1).Page(150).ToJsonString());
        string[] everything = [.. Seeds.All, generated];
        var results = new List<(int ChunkSize, string Dump, string FirstReport, string SecondReport)>();

        foreach (var chunkSize in new[] { 500, 7, 1 })
        {
            using var store = Store(chunkSize);
            // A store that already holds the normal forms, so the second import updates records across its chunks.
            var first = await store.ImportAsync(Seeds.File("001"));
            var second = await store.ImportAsync(everything);
            results.Add((chunkSize, store.LogicalDump(), first.ToString(), second.ToString()));
        }

        var (_, dump, firstReport, secondReport) = results[0];
        Assert.Contains("# AgencyTypes (", dump, StringComparison.Ordinal);
        Assert.All(results.Skip(1), result =>
        {
            Assert.Equal(dump, result.Dump);
            Assert.Equal(firstReport, result.FirstReport);
            Assert.Equal(secondReport, result.SecondReport);
        });
    }

    [SkippableFact]
    public async Task A_value_changed_by_one_chunk_and_changed_back_by_a_later_one_is_not_an_update()
    {
        using var store = Store(chunkSize: 1);
        await store.ImportAsync(WriteFile(Page(Event(1, stationName: "Station 1")).ToJsonString()));

        var report = await store.ImportAsync(WriteFile(Page(Event(2, stationName: "Renamed"), Event(3, stationName: "Station 1")).ToJsonString()));

        Assert.Equal((2, 0), report.Records["DockingEvent"]);
        Assert.False(report.Records.ContainsKey("SpaceStation"), report.ToString());
    }

    [SkippableFact]
    public async Task A_record_created_by_one_chunk_and_changed_by_a_later_one_is_new_not_updated()
    {
        using var store = Store(chunkSize: 1);

        var report = await store.ImportAsync(WriteFile(Page(Event(1, stationName: "Station 1"), Event(2, stationName: "Renamed")).ToJsonString()));

        Assert.Equal((1, 0), report.Records["SpaceStation"]);
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal("Renamed", (await db.Set<SpaceStation>().SingleAsync()).Name);
    }

    [SkippableFact]
    public async Task A_bad_event_half_way_through_a_stream_rolls_back_the_chunks_written_before_it()
    {
        using var store = Store(chunkSize: 7);
        await store.ImportAsync(Seeds.File("000"));
        var before = store.DumpTables();
        var page = GeneratedDockingData.Page(60);
        page["results"]![39]!["flight_vehicle_chaser"]!["spacecraft"]!["flights_count"] = "many";
        var bad = WriteFile(page.ToJsonString());

        var error = await Assert.ThrowsAsync<Ll2ImportException>(() => store.ImportAsync(Seeds.File("002"), bad));

        Assert.Equal($"{bad}: $.results[39].flight_vehicle_chaser.spacecraft.flights_count: expected an integer, found \"many\"", error.Message);
        Assert.Equal(before, store.DumpTables());
    }

    [SkippableFact]
    public async Task A_list_page_is_read_as_a_stream_whatever_its_layout_and_size_of_its_events()
    {
        using var store = Store(chunkSize: 3);
        // Larger than the reader's first buffer, and made of characters of two to four bytes, so a
        // buffer boundary falls inside a character.
        var name = string.Concat(Enumerable.Repeat("Станция 天宫 🚀 ", 20_000));
        var events = Enumerable.Range(1, 10).Select(i => Event(i, $"Station {i}", stationId: i)).ToList();
        events[4]["space_station_target"]!["name"] = name;
        var body = new StringBuilder();
        body.Append("{\n  \"results\" : [\n");
        body.AppendJoin(",\n", events.Select(e => e.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true })));
        body.Append("\n  ],\n  \"previous\": null, \"next\": null, \"count\": 10\n}\n");

        var report = await store.ImportAsync(WriteFile(body.ToString()));

        Assert.Equal((10, 0), report.Records["DockingEvent"]);
        await using var db = await store.Contexts.CreateDbContextAsync();
        Assert.Equal(name, (await db.Set<SpaceStation>().SingleAsync(s => s.Id == 5)).Name);
    }

    [SkippableTheory]
    [InlineData("""{ "results": [] } trailing""", "not complete JSON")]
    [InlineData("""{ "results": [ { "id": 1, "docking": null, "docking_location": null } ], "next": 42 }""", "`next` must be an address or null")]
    [InlineData("""{ "count": 1, "results": { "id": 1 } }""", "`results` must be a list")]
    [InlineData("""[ { "id": 1 } ]""", "expected a JSON object")]
    [InlineData("""{ "results": [ { "id": 1, "id": 2, "docking": null, "docking_location": null } ] }""", "not valid JSON (Duplicate property 'id'")]
    [InlineData("""{ "results": [ 1 ] }""", "$.results[0]: not an LL2 docking event")]
    public async Task A_body_that_is_not_an_ll2_list_page_or_record_is_refused_with_nothing_written(string body, string reason)
    {
        using var store = Store(chunkSize: 1);
        var before = store.DumpTables();
        var file = WriteFile(body);

        var error = await Assert.ThrowsAsync<Ll2ImportException>(() => store.ImportAsync(file));

        Assert.StartsWith($"{file}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, store.DumpTables());
    }

    [SkippableFact]
    public async Task What_follows_the_body_is_refused_even_beyond_the_first_read()
    {
        using var store = Store(chunkSize: 1);
        var before = store.DumpTables();
        var file = WriteFile($"{Page(Event(1, "Station 1")).ToJsonString()}{new string(' ', 100_000)}trailing");

        var error = await Assert.ThrowsAsync<Ll2ImportException>(() => store.ImportAsync(file));

        Assert.Equal($"{file}: not complete JSON (something follows the body)", error.Message);
        Assert.Equal(before, store.DumpTables());
    }

    [SkippableFact]
    public async Task An_event_too_large_to_be_LL2_is_refused_by_name_without_reading_it_whole()
    {
        using var store = Store(chunkSize: 1);
        var before = store.DumpTables();
        var file = WriteFile(Page(Event(1, new string('x', 17 * 1024 * 1024))).ToJsonString());

        var error = await Assert.ThrowsAsync<Ll2ImportException>(() => store.ImportAsync(file));

        Assert.Equal($"{file}: not an LL2 body: one value is larger than 16 MB (an LL2 docking event is about 20 KB)", error.Message);
        Assert.Equal(before, store.DumpTables());
    }

    public void Dispose()
    {
        files.ForEach(File.Delete);
        GC.SuppressFinalize(this);
    }

    private static JsonObject Page(params JsonObject[] events) =>
        new() { ["count"] = events.Length, ["next"] = null, ["previous"] = null, ["results"] = new JsonArray(events) };

    /// <summary>A normal-mode event docked at a station, whose name this form gives as <paramref name="stationName"/>.</summary>
    private static JsonObject Event(int id, string stationName, int stationId = 1) => new()
    {
        ["id"] = id,
        ["url"] = $"https://ll.example/2.3.0/docking_events/{id}/",
        ["response_mode"] = "normal",
        ["docking"] = "2020-01-01T00:00:00Z",
        ["departure"] = null,
        ["docking_location"] = new JsonObject { ["id"] = 1, ["name"] = "Forward port" },
        ["space_station_target"] = new JsonObject { ["id"] = stationId, ["name"] = stationName },
    };

    private string WriteFile(string content)
    {
        var file = Path.Combine(Path.GetTempPath(), $"chunked-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, content);
        files.Add(file);
        return file;
    }

    private TestStore Store(int chunkSize)
    {
        Stores.SkipWithout(provider);
        return new TestStore(provider, chunkSize);
    }

    public sealed class OnSqlite() : ChunkedImportTests(StoreProvider.Sqlite)
    {
    }

    public sealed class OnPostgreSql() : ChunkedImportTests(StoreProvider.PostgreSQL)
    {
    }
}
