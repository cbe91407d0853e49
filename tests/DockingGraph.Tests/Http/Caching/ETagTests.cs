using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DockingGraph.Http.Persisted;
using DockingGraph.Tests.Infrastructure;
using static DockingGraph.Tests.Http.Caching.GraphQLGet;

namespace DockingGraph.Tests.Http.Caching;

/// <summary>
/// A GET for a query answered without errors carries an ETag made from the request and the data
/// version; the same request with that tag in <c>If-None-Match</c> is a 304 with no body, and
/// nothing runs for it. POSTs and answers with errors carry none.
/// </summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed class ETagTests(GatewayFactory gateway)
{
    private const string Events = "query Events($n: Int) { dockingEvents(first: $n) { nodes { id docking } } }";

    [Fact]
    public async Task Get_success_answers_an_etag_that_is_the_same_for_the_same_request()
    {
        using var client = gateway.CreateClient();

        using var first = await SendAsync(client, Address(Events, new { n = 3 }));
        using var second = await SendAsync(client, Address(Events, new { n = 3 }));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Matches("^\"[A-Za-z0-9_-]{22}\"$", ETag(first));
        Assert.Equal(ETag(first), ETag(second));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_etag_differs_with_the_variables_the_operation_the_document_and_the_media_type()
    {
        using var client = gateway.CreateClient();
        const string TwoOperations = "query A { dockingEvents(first: 1) { nodes { id } } } query B { dockingEvents(first: 2) { nodes { id } } }";

        var tags = new[]
        {
            await TagAsync(client, Address(Events, new { n = 3 })),
            await TagAsync(client, Address(Events, new { n = 2 })),
            await TagAsync(client, Address(TwoOperations, operationName: "A")),
            await TagAsync(client, Address(TwoOperations, operationName: "B")),
            await TagAsync(client, Address("{ dockingEvents(first: 3) { nodes { id docking } } }")),
            await TagAsync(client, Address(Events, new { n = 3 }), ("Accept", "application/graphql-response+json")),
        };

        Assert.All(tags, tag => Assert.NotNull(tag));
        Assert.Equal(tags.Length, tags.Distinct().Count());
    }

    [Fact]
    public async Task Get_with_matching_if_none_match_answers_304_with_no_body_and_runs_no_statement()
    {
        using var client = gateway.CreateClient();
        var address = Address(Events, new { n = 5 });
        using var answered = await SendAsync(client, address);
        var tag = ETag(answered)!;

        using var log = new SqlStatementLog(gateway.Database);
        using var notModified = await SendAsync(client, address, ifNoneMatch: tag);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, ETag(notModified));
        Assert.Equal("no-cache", notModified.Headers.CacheControl?.ToString());
        Assert.Contains("Accept", notModified.Headers.Vary);
        Assert.Empty(log.Statements);
    }

    [Fact]
    public async Task If_none_match_matches_within_a_list_weakly_and_as_a_star()
    {
        using var client = gateway.CreateClient();
        var address = Address(Events, new { n = 4 });
        using var answered = await SendAsync(client, address);
        var tag = ETag(answered)!;

        using var inList = await SendAsync(client, address, ifNoneMatch: $"\"other\", {tag}");
        using var weak = await SendAsync(client, address, ifNoneMatch: $"W/{tag}");
        using var star = await SendAsync(client, address, ifNoneMatch: "*");

        Assert.Equal(HttpStatusCode.NotModified, inList.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
        Assert.Equal($"W/{tag}", ETag(weak));
        Assert.Equal(HttpStatusCode.NotModified, star.StatusCode);
        Assert.Equal(tag, ETag(star));
    }

    [Fact]
    public async Task Get_with_a_different_if_none_match_answers_200_with_the_body_and_its_etag()
    {
        using var client = gateway.CreateClient();
        var address = Address(Events, new { n = 2 });
        var tag = await TagAsync(client, address);

        using var response = await SendAsync(client, address, ifNoneMatch: "\"not-this-one\"");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(tag, ETag(response));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("data").GetProperty("dockingEvents").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task A_validated_answer_says_no_cache_and_varies_with_accept_and_the_cost_report()
    {
        using var client = gateway.CreateClient();

        using var response = await SendAsync(client, Address(Events, new { n = 1 }));

        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
        Assert.Equal(["Accept", "GraphQL-Cost"], response.Headers.Vary);
    }

    [Fact]
    public async Task Post_gets_no_etag_and_if_none_match_does_not_apply_to_it()
    {
        using var client = gateway.CreateClient();
        var tag = await TagAsync(client, Address(Events, new { n = 3 }));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Events, variables = new { n = 3 } }) };
        request.Headers.TryAddWithoutValidation("If-None-Match", tag);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(ETag(response));
        Assert.Null(response.Headers.CacheControl);
    }

    [Theory]
    [InlineData("{ dockingEvents { nodes { noSuchField } } }")]
    [InlineData("{ dockingEvents(first: 1000) { nodes { id } } }")]
    [InlineData("{ a: dockingEvents(first: 1) { nodes { id } } b: dockingEvents(first: 1000) { nodes { id } } }")]
    [InlineData("{ dockingEvents { nodes { id }")]
    public async Task An_answer_with_errors_gets_no_etag_and_is_never_a_304(string query)
    {
        using var client = gateway.CreateClient();

        using var response = await SendAsync(client, Address(query), ifNoneMatch: "*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(ETag(response));
        Assert.Null(response.Headers.CacheControl);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task A_persisted_query_over_GET_gets_the_etag_of_its_text_and_its_304()
    {
        using var client = gateway.CreateClient();
        const string Query = "{ dockingEvents(first: 2) { nodes { id dockingLocation { name } } } }";
        var extensions = JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of(Query) } });
        using var registered = await client.PostAsJsonAsync("/graphql", new { query = Query, extensions = JsonDocument.Parse(extensions).RootElement });
        registered.EnsureSuccessStatusCode();
        var byHash = $"/graphql?extensions={Uri.EscapeDataString(extensions)}";

        using var persisted = await SendAsync(client, byHash);
        using var notModified = await SendAsync(client, byHash, ifNoneMatch: ETag(persisted));

        Assert.Equal(HttpStatusCode.OK, persisted.StatusCode);
        Assert.Equal(await TagAsync(client, Address(Query)), ETag(persisted));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task Introspection_over_GET_gets_an_etag()
    {
        using var client = gateway.CreateClient();

        Assert.NotNull(await TagAsync(client, Address("{ __schema { queryType { name } types { name } } }")));
    }

    [Fact]
    public async Task A_compressed_answer_carries_the_weak_form_of_its_etag_which_still_matches()
    {
        using var client = gateway.CreateClient();
        var address = Address(Events, new { n = 3 });
        var plain = await TagAsync(client, address);

        using var compressed = await SendAsync(client, address, null, ("Accept-Encoding", "gzip"));
        using var notModified = await SendAsync(client, address, ETag(compressed), ("Accept-Encoding", "gzip"));

        Assert.Equal("gzip", Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.Equal($"W/{plain}", ETag(compressed));
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal($"W/{plain}", ETag(notModified));
    }

    [Fact]
    public async Task A_GET_reads_the_data_version_from_memory_and_costs_only_its_query_s_statements()
    {
        using var client = gateway.CreateClient();
        const string Query = "{ dockingEvents(first: 3) { nodes { id docking } } }";

        using var log = new SqlStatementLog(gateway.Database);
        using var overGet = await SendAsync(client, Address(Query));
        var getStatements = log.Statements.Count;
        log.Clear();
        using var overPost = await client.PostAsJsonAsync("/graphql", new { query = Query });

        Assert.NotNull(ETag(overGet));
        Assert.Equal(1, getStatements);
        Assert.Single(log.Statements);
    }

    private static async Task<string?> TagAsync(HttpClient client, string address, params (string Name, string Value)[] headers)
    {
        using var response = await SendAsync(client, address, null, headers);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return ETag(response);
    }
}
