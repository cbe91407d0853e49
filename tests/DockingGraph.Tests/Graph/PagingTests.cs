using System.Text.Json;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Graph;

public abstract class PagingTests(GatewayFactory gateway) : StoreTests<GatewayFactory>(gateway)
{
    [SkippableFact]
    public async Task An_unknown_id_gives_null_and_no_error()
    {
        var data = await Gateway.DataAsync("{ dockingEvent(id: 999999) { id } agency(id: -1) { id } }");

        Assert.Equal(JsonValueKind.Null, data.GetProperty("dockingEvent").ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("agency").ValueKind);
    }

    /// <summary>Found by the fuzzer: a sort key through a relation that some records lack (a flight without a payload manufacturer, without a landing).</summary>
    [SkippableFact]
    public async Task Ordering_through_an_absent_relation_sorts_it_as_null_and_pages_through_it()
    {
        const string Order = "order: [{ payload: { manufacturer: { name: DESC } } }, { landing: { landingLocation: { id: ASC } } }]";
        var whole = Ids((await Gateway.DataAsync($"{{ payloadFlights(first: 100, {Order}) {{ nodes {{ id }} }} }}")).GetProperty("payloadFlights"));

        var walked = new List<int>();
        string? after = null;
        do
        {
            var page = (await Gateway.DataAsync($"query ($after: String) {{ payloadFlights(first: 1, after: $after, {Order}) {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }} }}", new { after })).GetProperty("payloadFlights");
            walked.AddRange(Ids(page));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null && walked.Count <= whole.Count);

        Assert.Equal(4, whole.Count);
        Assert.Equal(whole, walked);
    }

    [SkippableFact]
    public async Task Lists_are_ordered_by_id_with_a_default_page_of_ten()
    {
        var data = await Gateway.DataAsync("{ dockingEvents { totalCount nodes { id } } }");

        var ids = Ids(data.GetProperty("dockingEvents"));
        Assert.Equal(10, ids.Count);
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(19, data.GetProperty("dockingEvents").GetProperty("totalCount").GetInt32());
    }

    [SkippableFact]
    public async Task Walking_forward_and_backward_gives_the_same_records()
    {
        var forward = new List<int>();
        string? after = null;
        do
        {
            var page = (await Gateway.DataAsync(
                "query ($after: String) { dockingEvents(first: 4, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }",
                new { after })).GetProperty("dockingEvents");
            forward.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetInt32()));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        var backward = new List<int>();
        string? before = null;
        do
        {
            var page = (await Gateway.DataAsync(
                "query ($before: String) { dockingEvents(last: 3, before: $before) { nodes { id } pageInfo { hasPreviousPage startCursor } } }",
                new { before })).GetProperty("dockingEvents");
            backward.InsertRange(0, Ids(page));
            before = page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("startCursor").GetString() : null;
        }
        while (before is not null);

        Assert.Equal(19, forward.Count);
        Assert.Equal(forward.Order(), forward);
        Assert.Equal(forward, backward);
    }

    [SkippableFact]
    public async Task An_offset_passes_over_records_in_the_page_s_direction()
    {
        var whole = Ids((await Gateway.DataAsync("{ dockingEvents(first: 100, order: [{ docking: DESC }]) { nodes { id } } }")).GetProperty("dockingEvents"));

        var forward = (await Gateway.DataAsync("{ dockingEvents(first: 3, offset: 4, order: [{ docking: DESC }]) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage } } }")).GetProperty("dockingEvents");
        var backward = (await Gateway.DataAsync("{ dockingEvents(last: 3, offset: 2, order: [{ docking: DESC }]) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }")).GetProperty("dockingEvents");
        var past = (await Gateway.DataAsync("{ dockingEvents(offset: 1000) { nodes { id } pageInfo { hasNextPage hasPreviousPage } } }")).GetProperty("dockingEvents");

        Assert.Equal(whole[4..7], Ids(forward));
        Assert.Equal(whole.Count, forward.GetProperty("totalCount").GetInt32());
        Assert.True(forward.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(forward.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(whole[^5..^2], Ids(backward));
        Assert.True(backward.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Empty(Ids(past));
        Assert.False(past.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [SkippableFact]
    public async Task Asking_for_more_than_100_is_an_error_in_HotChocolate_s_terms()
    {
        var error = await SingleErrorAsync("{ dockingEvents(first: 500) { nodes { id } } }");

        Assert.Equal("HC0051", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(500, error.GetProperty("extensions").GetProperty("requestedItems").GetInt32());
        Assert.Equal(100, error.GetProperty("extensions").GetProperty("maxAllowedItems").GetInt32());
        Assert.Equal("The maximum allowed items per page were exceeded.", error.GetProperty("message").GetString());
    }

    [SkippableTheory]
    [InlineData("{ agencies(first: -1) { nodes { id } } }", "HC0079")]
    [InlineData("{ agencies(last: -5) { nodes { id } } }", "HC0079")]
    [InlineData("{ agencies(first: 2, last: 2) { nodes { id } } }", "PAGING_FIRST_AND_LAST")]
    [InlineData("{ agencies(after: \"not a cursor\") { nodes { id } } }", "HC0078")]
    [InlineData("{ agencies(before: \"WyJ4Il0\") { nodes { id } } }", "HC0078")]
    [InlineData("{ agencies(offset: -1) { nodes { id } } }", "PAGING_NEGATIVE_OFFSET")]
    public async Task A_page_that_cannot_be_given_is_an_error_with_a_code(string query, string code)
    {
        var error = await SingleErrorAsync(query);

        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [SkippableFact]
    public async Task Every_core_type_has_a_root_list_and_a_root_field_by_id()
    {
        var data = await Gateway.DataAsync("""
            {
              dockingLocations(first: 100) { totalCount nodes { id name } }
              spacecraftFlights(first: 100) { totalCount nodes { id } }
              payloadFlights(first: 100) { totalCount nodes { id } }
              spaceStations(first: 100) { totalCount nodes { id name } }
              agencies(first: 100) { totalCount nodes { id name } }
              dockingLocation(id: 53) { name payload { name } }
              spacecraftFlight(id: 857) { spacecraft { name } }
              payloadFlight(id: 32) { payload { name } }
              spaceStation(id: 4) { name }
              agency(id: 44) { abbrev }
            }
            """);

        Assert.Equal(10, data.GetProperty("dockingLocations").GetProperty("totalCount").GetInt32());
        Assert.Equal(3, data.GetProperty("spaceStations").GetProperty("totalCount").GetInt32());
        Assert.Equal("Chang'e 6", data.GetProperty("dockingLocation").GetProperty("payload").GetProperty("name").GetString());
        Assert.Equal("LM Challenger", data.GetProperty("spacecraftFlight").GetProperty("spacecraft").GetProperty("name").GetString());
        Assert.Equal("Chang'e 6 Sample Ascender", data.GetProperty("payloadFlight").GetProperty("payload").GetProperty("name").GetString());
        Assert.Equal("International Space Station", data.GetProperty("spaceStation").GetProperty("name").GetString());
        Assert.Equal("NASA", data.GetProperty("agency").GetProperty("abbrev").GetString());
    }

    private async Task<JsonElement> SingleErrorAsync(string query)
    {
        var result = await Gateway.QueryAsync(query);
        return Assert.Single(result.GetProperty("errors").EnumerateArray().ToList());
    }

    private static List<int> Ids(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32()).ToList();

    [Collection(SeededGatewayOnSqlite.Name)]
    public sealed class OnSqlite(GatewayFactory gateway) : PagingTests(gateway)
    {
    }

    [Collection(SeededGatewayOnPostgreSql.Name)]
    public sealed class OnPostgreSql(PostgresGatewayFactory gateway) : PagingTests(gateway)
    {
    }
}
