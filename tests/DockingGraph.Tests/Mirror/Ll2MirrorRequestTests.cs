using System.Net;
using System.Text.Json.Nodes;
using DockingGraph.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace DockingGraph.Tests.Mirror;

/// <summary>What the mirror does with each kind of request, as LL2 (DRF, django-filter) does it: bad values, unknown ones, pages past the end, caching.</summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed class Ll2MirrorRequestTests(GatewayFactory gateway)
{
    [Theory]
    [InlineData("/2.3.0/docking_events/999999/", "DockingEvent")]
    [InlineData("/2.3.0/docking_events/abc/", "DockingEvent")]
    [InlineData("/2.2.0/docking_event/-1/", "DockingEvent")]
    public async Task A_record_that_is_not_there_is_LL2_s_404(string address, string type)
    {
        var (status, body) = await GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal($$"""{"detail":"No {{type}} matches the given query."}""", body.ToJsonString());
    }

    [Fact]
    public async Task A_filter_value_that_does_not_parse_is_DRF_s_400_naming_each_parameter()
    {
        var (status, body) = await GetAsync("/2.3.0/docking_events/?docking__gt=yesterday&docking_location__id=two&search=iss");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("""{"docking__gt":["Enter a valid date/time."],"docking_location__id":["Enter a number."]}""", body.ToJsonString());
    }

    [Theory]
    [InlineData("docking__gte=2011-02-24", "docking__gte=2011-02-24T00:00:00Z")]
    [InlineData("docking__gte=2011-02-24 10:00", "docking__gte=2011-02-24T10:00:00Z")]
    [InlineData("docking__lt=2011-02-24T17:59:19%2B02:00", "docking__lt=2011-02-24T15:59:19Z")]
    [InlineData("docking_location__id=", "")]
    [InlineData("docking_location__id=2.0", "docking_location__id=2")]
    [InlineData("no_such_parameter=1&flight_vehicle__id=x", "")]
    [InlineData("ordering=-docking,name", "ordering=-docking")]
    [InlineData("ordering=name", "")]
    [InlineData("ordering=-docking,docking,-docking,docking,-docking,docking,-docking,docking,-docking,docking,-docking,docking,-docking,docking,-docking,docking,departure", "ordering=-docking,departure")]
    [InlineData("limit=0", "limit=10")]
    [InlineData("limit=abc&offset=-3", "limit=10")]
    public async Task Values_are_read_as_Django_reads_them(string given, string meaning)
    {
        var (_, answered) = await GetAsync($"/2.3.0/docking_events/?limit=100&{given}".Replace("limit=100&limit", "limit", StringComparison.Ordinal));
        var (_, expected) = await GetAsync($"/2.3.0/docking_events/?limit=100&{meaning}".Replace("limit=100&limit", "limit", StringComparison.Ordinal));

        Assert.Equal(Ids(expected), Ids(answered));
        Assert.Equal(expected["count"]!.GetValue<int>(), answered["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_number_that_is_no_id_finds_nothing()
    {
        var (status, body) = await GetAsync("/2.3.0/docking_events/?docking_location__id=1.5");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_limit_past_100_is_cut_to_100_and_the_next_page_says_so()
    {
        var (_, body) = await GetAsync("/2.3.0/docking_events/?limit=1000&offset=1");

        Assert.Equal(18, Ids(body).Count);
        Assert.Equal("http://localhost/2.3.0/docking_events/?limit=100", body["previous"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_page_past_the_end_is_LL2_s_empty_page()
    {
        var count = (await GetAsync("/2.3.0/docking_events/?search=soyuz")).Body["count"]!.GetValue<int>();
        var (status, body) = await GetAsync("/2.3.0/docking_events/?offset=500&search=soyuz");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["count", "next", "previous", "results"], body.AsObject().Select(p => p.Key));
        Assert.Equal(count, body["count"]!.GetValue<int>());
        Assert.Null(body["next"]);
        Assert.Equal("http://localhost/2.3.0/docking_events/?limit=10&offset=490&search=soyuz", body["previous"]!.GetValue<string>());
        Assert.Empty(body["results"]!.AsArray());
    }

    [Fact]
    public async Task An_offset_at_the_end_of_int_links_its_previous_page_without_overflowing()
    {
        var (status, body) = await GetAsync("/2.2.0/docking_event/?offset=2147483647");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Null(body["next"]);
        Assert.Equal("http://localhost/2.2.0/docking_event/?limit=10&offset=2147483637", body["previous"]!.GetValue<string>());
        Assert.Empty(body["results"]!.AsArray());
    }

    [Fact]
    public async Task A_list_in_detailed_mode_gives_the_detail_page_s_records()
    {
        var (_, list) = await GetAsync("/2.3.0/docking_events/?mode=detailed&limit=100");
        var (_, record) = await GetAsync("/2.3.0/docking_events/607/");

        Assert.Null(Ll2Json.Difference(record, list["results"]!.AsArray().Single(r => r!["id"]!.GetValue<int>() == 607)));
        Assert.Equal("normal", (await GetAsync("/2.3.0/docking_events/?mode=list")).Body["results"]![0]!["response_mode"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_format_DRF_does_not_render_is_its_404()
    {
        var (status, body) = await GetAsync("/2.3.0/docking_events/?format=xml");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("""{"detail":"Not found."}""", body.ToJsonString());
    }

    [Fact]
    public async Task A_search_past_the_graph_s_bounds_is_a_400_naming_search()
    {
        var (status, body) = await GetAsync($"/2.3.0/docking_events/?search={string.Join('+', Enumerable.Range(1, 11).Select(i => $"t{i}"))}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body["search"]);
    }

    [Fact]
    public async Task An_answer_is_tagged_by_data_version_and_address_and_a_client_holding_it_gets_304()
    {
        using var client = gateway.CreateClient();
        using var first = await client.GetAsync("/2.3.0/docking_events/151/");
        var tag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/2.3.0/docking_events/151/");
        again.Headers.IfNoneMatch.Add(tag);
        using var notModified = await client.SendAsync(again);
        using var elsewhere = gateway.CreateClient(new() { BaseAddress = new Uri("https://mirror.example") });
        using var otherHost = await elsewhere.GetAsync("/2.3.0/docking_events/151/");

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.NotEqual(tag, otherHost.Headers.ETag);
        Assert.Equal("https://mirror.example/2.3.0/docking_events/151/", JsonNode.Parse(await otherHost.Content.ReadAsStringAsync())!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_plans_write_the_mirror_s_records_themselves_never_falling_back()
    {
        var statistics = gateway.Services.GetRequiredService<DockingGraph.Execution.Plans.PlanStatistics>();
        var (planned, fellBack) = (statistics.PlannedCount, statistics.FellBackCount);

        foreach (var address in (string[])["/2.3.0/docking_events/?mode=detailed&limit=100", "/2.3.0/docking_events/?limit=100", "/2.2.0/docking_event/?limit=100", "/2.3.0/docking_events/609/", "/2.2.0/docking_event/191/"])
        {
            await GetAsync(address);
        }

        Assert.Equal(fellBack, statistics.FellBackCount);
        Assert.Equal(planned + 5, statistics.PlannedCount);
    }

    [Fact]
    public async Task GraphQL_NET_s_own_strategy_answers_the_mirror_byte_for_byte_as_the_plans_do()
    {
        using var reference = new KestrelGateway(("Execution:Plans", "false"));
        using var http = new HttpClient();

        foreach (var address in (string[])["/2.3.0/docking_events/?mode=detailed&limit=100", "/2.3.0/docking_events/?limit=100", "/2.2.0/docking_event/?limit=100", "/2.3.0/docking_events/609/"])
        {
            using var planned = gateway.CreateClient();
            var expected = await planned.GetStringAsync(address);
            var answered = await http.GetStringAsync(new Uri(reference.Address, address));

            Assert.Equal(expected.Replace("http://localhost/", reference.Address.ToString(), StringComparison.Ordinal), answered);
        }
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_each_route_its_parameters_and_its_records_keys()
    {
        var (status, document) = await GetAsync("/openapi/v1.json");
        var recorded = JsonNode.Parse(await File.ReadAllTextAsync(Seeds.File("000")))!.AsObject();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["/2.3.0/docking_events/", "/2.3.0/docking_events/{id}/", "/2.2.0/docking_event/", "/2.2.0/docking_event/{id}/"], document["paths"]!.AsObject().Select(p => p.Key));
        Assert.Equal(
            ["docking_location__id", "flight_vehicle__id", "space_station__id", "search", "ordering", "limit", "offset", "mode", "format"],
            document["paths"]!["/2.2.0/docking_event/"]!["get"]!["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        var detailed = document["components"]!["schemas"]!["DockingEvent_detailed"]!;
        Assert.Equal(recorded.Select(p => p.Key), detailed["properties"]!.AsObject().Select(p => p.Key));
    }

    private static List<int> Ids(JsonNode page) => page["results"]!.AsArray().Select(r => r!["id"]!.GetValue<int>()).ToList();

    private async Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(string address)
    {
        using var client = gateway.CreateClient();
        using var response = await client.GetAsync(address);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }
}
