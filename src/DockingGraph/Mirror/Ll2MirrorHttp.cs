using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CommunityToolkit.HighPerformance;
using CommunityToolkit.HighPerformance.Buffers;
using DockingGraph.Execution.Plans;
using DockingGraph.Http;
using DockingGraph.Http.Caching;
using DockingGraph.Storage;
using DockingGraph.Telemetry;
using GraphQL;

namespace DockingGraph.Mirror;

/// <summary>
/// LL2's REST endpoints over the store: the URLs LL2's clients call, answered in LL2's shapes
/// through the graph (<see cref="Ll2Parameters"/> turns the URL into the graph's arguments, the
/// graph's compiled plan reads the store, <see cref="Ll2RecordWriter"/> writes LL2's JSON), with
/// the graph's HTTP caching: an <c>ETag</c> by data version and the response cache when it is on.
/// </summary>
internal static class Ll2MirrorHttp
{
    public static IServiceCollection AddLl2Mirror(this IServiceCollection services) => services.AddSingleton<Ll2Mirror>().AddLl2OpenApi();

    public static IEndpointRouteBuilder MapLl2Mirror(this IEndpointRouteBuilder routes)
    {
        foreach (var endpoint in Ll2Endpoint.All)
        {
            // As delegates, not request delegates: the OpenAPI document describes only those.
            routes.MapGet(endpoint.Path + "/", (Delegate)((HttpContext http) => AnswerAsync(http, endpoint, id: null)))
                .WithName($"{endpoint.Version} {endpoint.Resource}")
                .WithMetadata(DrfRefusals.Instance)
                .DescribedAsList(endpoint);
            routes.MapGet(endpoint.Path + "/{id}/", (Delegate)((HttpContext http, string id) => AnswerAsync(http, endpoint, id)))
                .WithName($"{endpoint.Version} {endpoint.Resource} by id")
                .WithMetadata(DrfRefusals.Instance)
                .DescribedAsRecord(endpoint);
        }

        routes.MapOpenApi();
        return routes;
    }

    private static async Task AnswerAsync(HttpContext http, Ll2Endpoint endpoint, string? id)
    {
        // DRF answers a format it does not render with its 404.
        if (Ll2Parameters.Last(http.Request.Query, "format") is { } format && format is not ("json" or "api"))
        {
            using var refused = Ll2Answer.Detail(StatusCodes.Status404NotFound, "Not found.");
            await refused.WriteAsync(http);
            return;
        }

        Ll2ListArguments? list = null;
        if (id is null)
        {
            list = Ll2Parameters.Read(http.Request.Query, endpoint.Version);
            if (list.Errors is { } errors)
            {
                using var refused = Ll2Answer.Errors(errors);
                await refused.WriteAsync(http);
                return;
            }
        }

        var operations = http.RequestServices.GetRequiredService<Ll2Mirror>().For(endpoint);
        var operation = list is null ? operations.Record : list.Detailed ? operations.Detailed : operations.Normal;
        Task<Ll2Answer> Make(CancellationToken cancellationToken) => list is null
            ? RecordAsync(http, endpoint, operation, id!, cancellationToken)
            : PageAsync(http, endpoint, operation, list, cancellationToken);

        var cacheable = Cacheable(http, operation);
        if (cacheable is not null && cacheable.AnsweredNotModified(http))
        {
            AnsweredWithoutExecuting(http, operation, "not_modified");
            return;
        }

        if (cacheable is not null && http.RequestServices.GetRequiredService<GraphQLCaching>().Responses is { } responses)
        {
            var executed = false;
            var kept = await responses.AnswerAsync(cacheable.Tag, async cancellationToken =>
            {
                executed = true;
                using var made = await Make(cancellationToken);
                return made.ToAnswer();
            });
            if (!executed)
            {
                AnsweredWithoutExecuting(http, operation, "response_cache");
            }

            if (!(kept.Validated && cacheable.Stamp(http)))
            {
                await Ll2Answer.WriteAsync(http, kept);
            }

            return;
        }

        // Written from its pooled buffer: a detailed page is megabytes, which a copy would put on the large object heap.
        using var answer = await Make(http.RequestAborted);
        if (!(answer.Validated && cacheable is not null && cacheable.Stamp(http)))
        {
            await answer.WriteAsync(http);
        }
    }

    /// <summary>Counted as the graph's GETs are: the operation, and how it was answered.</summary>
    private static void AnsweredWithoutExecuting(HttpContext http, Ll2Operation operation, string how)
    {
        OperationLogging.Record(http, operation.Name);
        DockingMetrics.AnsweredWithoutExecuting(http.RequestServices.GetRequiredService<OperationNameTags>().Of(operation.Name), how);
    }

    /// <summary>
    /// The GET's caching: its tag covers the operation (by name: the build, in every tag, fixes its
    /// text) and the whole address (the host and scheme included, which the answer's addresses
    /// carry); null while the data version is not known.
    /// </summary>
    private static CacheableGet? Cacheable(HttpContext http, Ll2Operation operation)
    {
        if (http.RequestServices.GetRequiredService<CurrentDataVersion>().Value is not { } stamp)
        {
            return null;
        }

        var request = http.Request;
        var address = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{request.QueryString}";
        var options = http.RequestServices.GetRequiredService<HttpCachingOptions>();
        return new CacheableGet(ResponseTag.Of(stamp, Ll2Answer.JsonType, costReported: false, operation.Name, operationName: null, address), options.CacheControl);
    }

    private static async Task<Ll2Answer> RecordAsync(HttpContext http, Ll2Endpoint endpoint, Ll2Operation operation, string id, CancellationToken cancellationToken)
    {
        // Django's lookup of an id that is no number finds nothing, as one that is not there.
        if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var key))
        {
            return NotFound(endpoint);
        }

        var site = new Ll2Site(http.Request, endpoint.Version);
        var (graph, planned, failed) = await GraphAsync(http, operation, new Dictionary<string, object?> { ["id"] = key }, Ll2AnswerShape.OfRecord(operation.Shape, site), cancellationToken);
        if (failed is not null)
        {
            return failed;
        }

        var reader = Enter(graph!.WrittenSpan, "record");
        if (reader.TokenType == JsonTokenType.Null)
        {
            graph.Dispose();
            return NotFound(endpoint);
        }

        var at = (int)reader.TokenStartIndex;
        if (planned)
        {
            // {"record":{…}}: the record, as the plan wrote it.
            return new Ll2Answer(graph, at..^1);
        }

        using (graph)
        {
            var body = new ArrayPoolBufferWriter<byte>(graph.WrittenCount + (graph.WrittenCount / 4) + 4096);
            new Ll2RecordWriter(body, site).Write(graph.WrittenSpan, ref at, operation.Shape);
            return new Ll2Answer(body);
        }
    }

    private static async Task<Ll2Answer> PageAsync(HttpContext http, Ll2Endpoint endpoint, Ll2Operation operation, Ll2ListArguments list, CancellationToken cancellationToken)
    {
        var variables = new Dictionary<string, object?>
        {
            ["first"] = list.Limit,
            ["offset"] = list.Offset,
            ["where"] = list.Where,
            ["order"] = list.Order,
            ["search"] = list.Search,
        };
        var site = new Ll2Site(http.Request, endpoint.Version);
        var (graph, planned, failed) = await GraphAsync(http, operation, variables, Ll2AnswerShape.OfPage(operation.Shape, site), cancellationToken);
        if (failed is not null)
        {
            return failed;
        }

        var reader = Enter(graph!.WrittenSpan, "page");
        reader.Read();
        reader.Read();
        var count = reader.GetInt32();
        reader.Read();
        reader.Read();
        var at = (int)reader.TokenStartIndex;
        var head = new ArrayPoolBufferWriter<byte>(planned ? 1024 : graph.WrittenCount + (graph.WrittenCount / 4) + 4096);
        head.Write("{\"count\":"u8);
        head.Write(Encoding.ASCII.GetBytes(count.ToString(CultureInfo.InvariantCulture)));
        head.Write(",\"next\":"u8);
        // In long: an offset near int's end plus a limit passes it (Python's ints, DRF's, do not end).
        WriteText(head, (long)list.Offset + list.Limit >= count ? null : Ll2PageAddress.Of(http.Request, list.Limit, (long)list.Offset + list.Limit));
        head.Write(",\"previous\":"u8);
        WriteText(head, list.Offset <= 0 ? null : Ll2PageAddress.Of(http.Request, list.Limit, list.Offset - list.Limit));
        head.Write(",\"results\":"u8);
        if (planned)
        {
            // {"page":{"totalCount":…,"nodes":[…]}}: the records, as the plan wrote them, written after the head.
            return new Ll2Answer(head, graph, at..^2, "}"u8.ToArray());
        }

        using (graph)
        {
            new Ll2RecordWriter(head, site).WriteList(graph.WrittenSpan, ref at, operation.Shape);
            head.Write("}"u8);
            return new Ll2Answer(head);
        }
    }

    private static void WriteText(IBufferWriter<byte> output, string? text)
    {
        if (text is null)
        {
            output.Write("null"u8);
            return;
        }

        output.Write("\""u8);
        output.Write(Ll2RecordWriter.Encoded(text));
        output.Write("\""u8);
    }

    /// <summary>
    /// The graph's answer to the operation, as JSON: in LL2's shape already when the plan wrote it
    /// (<paramref name="shape"/> applied), else GraphQL.NET's own strategy's, to be rewritten;
    /// or the LL2 answer to a request the graph refused or failed.
    /// </summary>
    private static async Task<(ArrayPoolBufferWriter<byte>? Json, bool Planned, Ll2Answer? Failed)> GraphAsync(HttpContext http, Ll2Operation operation, Dictionary<string, object?> variables, Execution.Plans.AnswerShape shape, CancellationToken cancellationToken)
    {
        var request = new GraphQLRequestBody(operation.Text, operation.Name, variables.ToInputs(), null);
        var admitted = new AdmittedRequest(request, operation.Document, Validated: true, operation.Operation, Own: true, shape);
        var result = await GraphQLExecution.RunAsync(http, admitted, cancellationToken);
        if (result.Errors is { Count: > 0 } errors)
        {
            return (null, false, Failed(result, errors));
        }

        return result.Data is PlannedData planned ? (planned.Take(), true, null) : (await SerializedDataAsync(http, result, cancellationToken), false, null);
    }

    /// <summary><c>data</c> of an answer that is not the plan's, as JSON.</summary>
    private static async Task<ArrayPoolBufferWriter<byte>> SerializedDataAsync(HttpContext http, ExecutionResult result, CancellationToken cancellationToken)
    {
        var json = new ArrayPoolBufferWriter<byte>(64 * 1024);
        await using (var stream = json.AsStream())
        {
            await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(stream, new ExecutionResult { Executed = true, Data = result.Data }, cancellationToken);
        }

        // {"data":<data>}: the value alone.
        var reader = new Utf8JsonReader(json.WrittenSpan);
        reader.Read();
        reader.Read();
        reader.Read();
        var start = (int)reader.TokenStartIndex;
        reader.Skip();
        var data = new ArrayPoolBufferWriter<byte>((int)reader.BytesConsumed - start);
        data.Write(json.WrittenSpan[start..(int)reader.BytesConsumed]);
        json.Dispose();
        return data;
    }

    /// <summary>A reader over the graph's <c>data</c>, at the value of <paramref name="field"/>.</summary>
    private static Utf8JsonReader Enter(ReadOnlySpan<byte> json, string field)
    {
        var reader = new Utf8JsonReader(json);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals(field))
            {
                reader.Read();
                return reader;
            }

            reader.Read();
            reader.Skip();
        }

        throw new InvalidOperationException($"The graph's answer has no data.{field}.");
    }

    /// <summary>
    /// A request the graph refused or failed: a bound on the search (too many or too long terms) is
    /// a 400 naming <c>search</c>, as DRF names a parameter; any other failure is LL2's 500 with
    /// its message (a masked one keeps its trace id in the log).
    /// </summary>
    private static Ll2Answer Failed(ExecutionResult result, IEnumerable<ExecutionError> errors)
    {
        var first = errors.First();
        if (!result.Executed && first.Code is { } code && (code.StartsWith("SEARCH_", StringComparison.Ordinal) || code == Execution.Limits.InputBoundsRule.NulCharacterCode))
        {
            return Ll2Answer.Errors(new Dictionary<string, string[]> { ["search"] = [first.Message] });
        }

        return Ll2Answer.Detail(result.Executed ? StatusCodes.Status500InternalServerError : StatusCodes.Status400BadRequest, first.Message);
    }

    private static Ll2Answer NotFound(Ll2Endpoint endpoint) =>
        Ll2Answer.Detail(StatusCodes.Status404NotFound, $"No {endpoint.TypeName} matches the given query.");

}
