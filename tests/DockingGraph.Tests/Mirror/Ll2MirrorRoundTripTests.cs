using System.Text.Json.Nodes;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Mirror;

/// <summary>
/// The mirror answers every recorded LL2 response's records as LL2 did, after importing them:
/// each record of a list in its version and mode, each detail page whole, key order included.
/// Each request goes to the host LL2 answered on (a record's address is made from the request's
/// host, as DRF makes it) with the recorded <c>format</c>.
/// </summary>
public abstract class Ll2MirrorRoundTripTests(GatewayFactory gateway) : StoreTests<GatewayFactory>(gateway)
{
    public static TheoryData<string> Recordings => new(Seeds.All.Select(Path.GetFileName)!);

    [SkippableTheory]
    [MemberData(nameof(Recordings))]
    public async Task Every_recorded_record_is_answered_as_LL2_answered_it(string recording)
    {
        var recorded = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Seeds.Directory, recording)))!.AsObject();
        if (recorded["results"] is not JsonArray results)
        {
            var own = new Uri(recorded["url"]!.GetValue<string>());
            var page = await GetAsync(own);
            Assert.Null(Ll2Json.Difference(recorded, page));
            return;
        }

        // The list's own address, from its next or previous page: the host, the version and the mode.
        var other = new Uri((recorded["next"] ?? recorded["previous"])!.GetValue<string>());
        var answered = await GetAsync(new Uri(other, $"{other.AbsolutePath}?format=api&limit=100"));
        var byId = answered["results"]!.AsArray().ToDictionary(r => r!["id"]!.GetValue<int>());
        Assert.All(results, record => Assert.Null(Ll2Json.Difference(record, byId[record!["id"]!.GetValue<int>()])));
    }

    [SkippableTheory]
    [InlineData("001")]
    [InlineData("004")]
    public async Task A_page_links_its_neighbours_as_LL2_does(string recording)
    {
        var recorded = JsonNode.Parse(await File.ReadAllTextAsync(Seeds.File(recording)))!.AsObject();
        var previous = new Uri(recorded["previous"]!.GetValue<string>());

        // The recorded request: the page after the recorded previous one (the seeds hold fewer records, so no page follows).
        var query = System.Web.HttpUtility.ParseQueryString(previous.Query);
        var offset = int.Parse(query["offset"] ?? "0", System.Globalization.CultureInfo.InvariantCulture) + int.Parse(query["limit"]!, System.Globalization.CultureInfo.InvariantCulture);
        query.Remove("limit");
        query["offset"] = offset.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var page = await GetAsync(new UriBuilder(previous) { Query = query.ToString() }.Uri);

        Assert.Equal(recorded["previous"]!.GetValue<string>(), page["previous"]!.GetValue<string>());
        Assert.Null(page["next"]);
    }

    private async Task<JsonObject> GetAsync(Uri address)
    {
        using var client = Gateway.CreateClient(new() { BaseAddress = new Uri(address.GetLeftPart(UriPartial.Authority)) });
        using var response = await client.GetAsync(address.PathAndQuery);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{address}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    [Collection(SeededGatewayOnSqlite.Name)]
    public sealed class OnSqlite(GatewayFactory gateway) : Ll2MirrorRoundTripTests(gateway)
    {
    }

    [Collection(SeededGatewayOnPostgreSql.Name)]
    public sealed class OnPostgreSql(PostgresGatewayFactory gateway) : Ll2MirrorRoundTripTests(gateway)
    {
    }
}
