using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DockingGraph.Tests.Infrastructure;

namespace DockingGraph.Tests.Hardening;

/// <summary>
/// Bodies that are JSON but no acceptable GraphQL request (text that is no Unicode, duplicate keys,
/// numbers of a million digits) are refused at the body as invalid requests (HotChocolate's
/// <c>HC0009</c>, a 400), never a 500 and never at a cost that grows faster than the body; and no
/// error echoes a long value whole.
/// </summary>
[Collection(SeededGatewayOnSqlite.Name)]
public sealed class HostileBodyTests(GatewayFactory gateway)
{
    private const string InvalidRequest = "HC0009";

    /// <summary>A message cut short, with its ellipsis: far shorter than the values sent.</summary>
    private const int ShortMessage = DockingGraph.Execution.EchoedValue.MaxMessageLength + 1;

    [Fact]
    public async Task A_number_of_more_than_100_digits_is_refused_at_the_body_without_being_echoed()
    {
        var digits = new string('9', 200_000);

        var (status, error) = await PostRawAsync(PageOf(digits));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(InvalidRequest, Code(error));
        Assert.InRange(Message(error).Length, 1, ShortMessage);
        Assert.Contains("at most 100 characters", Message(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10_001)]
    [InlineData(330_000)]
    public async Task A_request_of_more_than_10000_JSON_values_is_refused_at_the_body(int emptyObjects)
    {
        var body = """{"query": "query ($w: DockingEventFilterInput) { a: dockingEvents(where: $w) { totalCount } }", "variables": {"w": {"or": [""" + string.Join(",", Enumerable.Repeat("{}", emptyObjects)) + "]}}}";

        var (status, error) = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(InvalidRequest, Code(error));
        Assert.Contains("more than the 10000 JSON values", Message(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_of_10000_JSON_values_reaches_the_graph()
    {
        // The body, the query, `variables`, `w`, `or` and the empty objects: 10,000 values.
        var body = """{"query": "query ($w: DockingEventFilterInput) { a: dockingEvents(where: $w) { totalCount } }", "variables": {"w": {"or": [""" + string.Join(",", Enumerable.Repeat("{}", 9_995)) + "]}}}";

        var (status, error) = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("FILTER_MAX_NODES_EXCEEDED", Code(error));
    }

    [Fact]
    public async Task A_number_of_100_digits_reaches_the_graph_and_is_refused_there_as_no_Int()
    {
        var digits = new string('9', 100);

        var (status, error) = await PostRawAsync(PageOf(digits));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("INVALID_VALUE", Code(error));
    }

    [Theory]
    [InlineData("query")]
    [InlineData("operationName")]
    [InlineData("id")]
    public async Task A_lone_surrogate_in_a_string_of_the_request_is_an_invalid_request(string field)
    {
        var body = field == "query"
            ? """{"query": "{ __typename }\ud800"}"""
            : $$"""{"query": "{ __typename }", "{{field}}": "x\ud800"}""";

        var (status, error) = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(InvalidRequest, Code(error));
    }

    [Fact]
    public async Task A_lone_surrogate_in_a_variable_is_an_invalid_request()
    {
        var (status, error) = await PostRawAsync("""{"query": "query ($s: String) { dockingEvents(search: $s) { nodes { id } } }", "variables": {"s": "\udc00"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(InvalidRequest, Code(error));
    }

    [Fact]
    public async Task Invalid_UTF8_inside_a_JSON_string_is_an_invalid_request()
    {
        var body = Encoding.UTF8.GetBytes("""{"query": "{ __typename }", "operationName": "AB"}""");
        body[Array.IndexOf(body, (byte)'A')] = 0xC3;

        var (status, error) = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(InvalidRequest, Code(error));
    }

    [Theory]
    [InlineData("""{"query": "query ($n: Int) { dockingEvents(first: $n) { nodes { id } } }", "variables": {"n": 1, "n": 2}}""")]
    [InlineData("""{"query": "{ __typename }", "query": "{ __typename }"}""")]
    [InlineData("""{"query": "query ($w: DockingEventFilterInput) { dockingEvents(where: $w) { nodes { id } } }", "variables": {"w": {"id": {"eq": 1, "eq": 2}}}}""")]
    public async Task A_duplicate_key_is_an_invalid_request(string body)
    {
        var (status, error) = await PostRawAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(InvalidRequest, Code(error));
        Assert.Contains("duplicate", Message(error), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_Int_literal_of_200000_digits_is_refused_without_being_echoed()
    {
        var digits = new string('9', 200_000);

        var (_, error) = await PostRawAsync(JsonSerializer.Serialize(new { query = $"{{ dockingEvents(first: {digits}) {{ nodes {{ id }} }} }}" }));

        Assert.InRange(Message(error).Length, 1, ShortMessage);
    }

    [Fact]
    public async Task A_persisted_document_id_of_900_KB_is_not_echoed_whole()
    {
        var id = new string('z', 900_000);

        var (_, error) = await PostRawAsync(JsonSerializer.Serialize(new { id }));

        Assert.Equal("PERSISTED_DOCUMENT_ID_INVALID", Code(error));
        Assert.InRange(Message(error).Length, 1, ShortMessage);
    }

    [Fact]
    public async Task A_long_string_given_for_an_Int_variable_is_not_echoed_whole()
    {
        var (_, error) = await PostRawAsync(JsonSerializer.Serialize(new
        {
            query = "query ($n: Int) { dockingEvents(first: $n) { nodes { id } } }",
            variables = new { n = new string('7', 500_000) },
        }));

        Assert.Equal("INVALID_VALUE", Code(error));
        Assert.InRange(Message(error).Length, 1, ShortMessage);
    }

    /// <summary>A request for a page whose size is the variable <c>n</c>, given as the JSON number <paramref name="digits"/>.</summary>
    private static string PageOf(string digits) =>
        """{"query": "query ($n: Int) { dockingEvents(first: $n) { nodes { id } } }", "variables": {"n": """ + digits + "}}";

    private static string Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString()!;

    private static string Message(JsonElement error) => error.GetProperty("message").GetString()!;

    private Task<(HttpStatusCode Status, JsonElement Error)> PostRawAsync(string body) => PostRawAsync(Encoding.UTF8.GetBytes(body));

    private async Task<(HttpStatusCode Status, JsonElement Error)> PostRawAsync(byte[] body)
    {
        using var client = gateway.CreateClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync("/graphql", content);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, answer.GetProperty("errors")[0]);
    }
}
