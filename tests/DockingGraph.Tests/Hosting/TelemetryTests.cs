using System.Diagnostics;
using System.Net;
using DockingGraph.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace DockingGraph.Tests.Hosting;

/// <summary>
/// What the gateway tells an operator about a query, caught by OpenTelemetry's in-memory exporter:
/// the request's span, the GraphQL operation's span (name, type, errors), the SQL statements'
/// spans, in one trace; the request, operation, error, statement, batch and runtime metrics.
/// Listeners are process-wide and other tests run beside these, so each test sends its own trace
/// (a <c>traceparent</c> header) and operation name, and looks only at those. They also run alone
/// (<see cref="Alone"/>): EF Core's instrumentation is one per tracer provider, so while other
/// tests' gateways are alive each statement is reported once per gateway.
/// </summary>
[Collection(Alone.Name)]
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_query_is_one_trace_of_request_operation_and_sql_spans()
    {
        using var gateway = new ObservedGateway();
        var trace = ActivityTraceId.CreateRandom();

        await gateway.TracedQueryAsync(trace, "query Pages { spaceStations(first: 3) { nodes { id dockingLocations(first: 2) { nodes { id } } } } }");
        var spans = await gateway.SpansOfAsync(trace);

        var request = Assert.Single(spans, s => s.Source.Name == "Microsoft.AspNetCore");
        var operation = Assert.Single(spans, s => s.Source.Name == GraphQL.Telemetry.GraphQLTelemetryProvider.SourceName);
        Assert.Equal("Pages", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal(request.SpanId, operation.ParentSpanId);

        // The page and one batch of the stations' ports.
        Assert.Equal(2, spans.Count(s => s.Source.Name.Contains("EntityFrameworkCore", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_span_names_the_operation_as_its_document_does_cut_short()
    {
        using var gateway = new ObservedGateway();
        var trace = ActivityTraceId.CreateRandom();
        var name = "Long" + new string('x', 100_000);

        await gateway.TracedQueryAsync(trace, $"query {name} {{ __typename }}", operationName: name);

        var operation = Assert.Single(await gateway.SpansOfAsync(trace), s => s.Source.Name == GraphQL.Telemetry.GraphQLTelemetryProvider.SourceName);
        Assert.Equal(name[..64], operation.GetTagItem("graphql.operation.name"));
        Assert.Equal($"query {name[..64]}", operation.DisplayName);
    }

    [Fact]
    public async Task An_operation_with_an_error_has_the_error_recorded_on_its_span_and_counted()
    {
        using var gateway = new ObservedGateway();
        var trace = ActivityTraceId.CreateRandom();
        var name = Unique("Negative");

        await gateway.TracedQueryAsync(trace, $"query {name} {{ dockingEvents(first: -1) {{ nodes {{ id }} }} }}");
        var spans = await gateway.SpansOfAsync(trace);
        var metrics = gateway.FlushMetrics();

        var operation = Assert.Single(spans, s => s.Source.Name == GraphQL.Telemetry.GraphQLTelemetryProvider.SourceName);
        Assert.Equal(ActivityStatusCode.Error, operation.Status);
        Assert.Equal("HC0079", operation.GetTagItem("graphql.error.codes"));
        var errors = Assert.Single(Points(metrics, "dockinggraph.graphql.errors"), p => Tag(p, "graphql.operation.name") == name);
        Assert.Equal("HC0079", Tag(errors, "error.type"));
        Assert.Equal(1, errors.GetSumLong());
    }

    [Fact]
    public async Task A_query_is_measured_by_operation_statements_batches_request_and_runtime()
    {
        using var gateway = new ObservedGateway();
        var name = Unique("Pages");

        await gateway.DataAsync($"query {name} {{ spaceStations(first: 3) {{ nodes {{ id dockingLocations(first: 2) {{ nodes {{ id }} }} }} }} }}");
        var metrics = gateway.FlushMetrics();

        var operations = Assert.Single(Points(metrics, "dockinggraph.graphql.operations"), p => Tag(p, "graphql.operation.name") == name);
        Assert.Equal("query", Tag(operations, "graphql.operation.type"));
        Assert.Equal(1, operations.GetSumLong());

        // The page and one batch of the stations' ports: two statements in the one request.
        var statements = Assert.Single(Points(metrics, "dockinggraph.graphql.sql_statements"), p => Tag(p, "graphql.operation.name") == name);
        Assert.Equal(1, statements.GetHistogramCount());
        Assert.Equal(2, statements.GetHistogramSum());
        Assert.NotEmpty(Points(metrics, "dockinggraph.dataloader.batch_size"));

        Assert.NotEmpty(Points(metrics, "http.server.request.duration"));
        Assert.NotEmpty(Points(metrics, "dotnet.gc.heap.total_allocated"));
        Assert.NotEmpty(Points(metrics, "dotnet.thread_pool.thread.count"));
    }

    [Fact]
    public async Task A_GET_answered_without_executing_is_counted_by_how_as_a_request_of_no_statement()
    {
        using var gateway = new ObservedGateway(("Caching:ResponseCache:Enabled", "true"));
        using var client = gateway.CreateClient();
        var name = Unique("Kept");
        var address = "/graphql?query=" + Uri.EscapeDataString($"query {name} {{ dockingEvents(first: 3) {{ nodes {{ id chaser {{ __typename }} }} }} }}");

        using var executed = await client.GetAsync(address);
        using var kept = await client.GetAsync(address);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, address);
        conditional.Headers.IfNoneMatch.Add(executed.Headers.ETag!);
        using var notModified = await client.SendAsync(conditional);
        var metrics = gateway.FlushMetrics();

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        var answers = Points(metrics, "dockinggraph.graphql.cached_answers").Where(p => Tag(p, "graphql.operation.name") == name).ToList();
        Assert.Equal(1, Assert.Single(answers, p => Tag(p, "dockinggraph.cache.answer") == "response_cache").GetSumLong());
        Assert.Equal(1, Assert.Single(answers, p => Tag(p, "dockinggraph.cache.answer") == "not_modified").GetSumLong());
        Assert.Equal(1, Assert.Single(Points(metrics, "dockinggraph.graphql.operations"), p => Tag(p, "graphql.operation.name") == name).GetSumLong());

        // Three requests, and the one statement of the one that ran (the page, its chasers joined in).
        var statements = Assert.Single(Points(metrics, "dockinggraph.graphql.sql_statements"), p => Tag(p, "graphql.operation.name") == name);
        Assert.Equal(3, statements.GetHistogramCount());
        Assert.Equal(1, statements.GetHistogramSum());
    }

    [Fact]
    public async Task A_masked_error_carries_the_id_of_the_trace_that_recorded_it()
    {
        using var gateway = new ObservedGateway();
        await gateway.BreakEventsTableAsync();

        var trace = ActivityTraceId.CreateRandom();
        var result = await gateway.TracedQueryAsync(trace, "{ dockingEvents { nodes { id } } }");
        var spans = await gateway.SpansOfAsync(trace);

        Assert.Equal(trace.ToHexString(), result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("traceId").GetString());
        var operation = Assert.Single(spans, s => s.TraceId == trace && s.Source.Name == GraphQL.Telemetry.GraphQLTelemetryProvider.SourceName);
        Assert.Equal(ActivityStatusCode.Error, operation.Status);
    }

    [Fact]
    public async Task A_name_the_client_sends_is_no_tag_unless_its_document_defines_it()
    {
        using var gateway = new ObservedGateway();
        var sent = Unique("Sent");

        // A document that does not parse, a refusal before the document stage, and an operation
        // name the document does not define: each counted, none under the name sent.
        await gateway.PostAsync(new { query = "{ broken", operationName = sent });
        await gateway.PostAsync(new { id = "not-a-hash", operationName = sent });
        await gateway.PostAsync(new { query = "query Defined { __typename }", operationName = sent });
        var metrics = gateway.FlushMetrics();

        Assert.DoesNotContain(AllPoints(metrics), p => Tag(p, "graphql.operation.name") == sent);
        Assert.Contains(Points(metrics, "dockinggraph.graphql.operations"), p => Tag(p, "graphql.operation.type") == "refused" && Tag(p, "graphql.operation.name") is null);
    }

    [Fact]
    public async Task Operation_names_are_cut_short_and_past_the_bound_counted_as_other()
    {
        using var gateway = new ObservedGateway(("Telemetry:MaxOperationNames", "2"));
        var longName = Unique(new string('L', 300));
        var second = Unique("Second");
        var third = Unique("Third");

        foreach (var name in new[] { longName, second, third, third })
        {
            await gateway.DataAsync($"query {name} {{ __typename }}");
        }

        var operations = Points(gateway.FlushMetrics(), "dockinggraph.graphql.operations");

        Assert.Contains(operations, p => Tag(p, "graphql.operation.name") == longName[..64]);
        Assert.Contains(operations, p => Tag(p, "graphql.operation.name") == second);
        Assert.DoesNotContain(operations, p => Tag(p, "graphql.operation.name") == third);
        Assert.Equal(2, Assert.Single(operations, p => Tag(p, "graphql.operation.name") == "(other)").GetSumLong());
    }

    [Fact]
    public async Task Prometheus_scrapes_metrics_only_when_enabled()
    {
        using var enabled = new ObservedGateway(("Telemetry:Prometheus", "true"));
        using var disabled = new ObservedGateway();
        await enabled.DataAsync("query Pages { dockingEvents(first: 1) { nodes { id } } }");

        using var scraped = await enabled.CreateClient().GetAsync("/metrics");
        using var absent = await disabled.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        var text = await scraped.Content.ReadAsStringAsync();
        Assert.Contains("dockinggraph_graphql_operations", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_gc_heap_total_allocated", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, absent.StatusCode);
    }

    [Fact]
    public async Task Spans_are_made_only_when_something_exports_them()
    {
        using var untraced = new GatewayFactory();
        using var traced = new ObservedGateway();

        await untraced.DataAsync("{ dockingEvents(first: 1) { nodes { id } } }");

        Assert.Null(untraced.Services.GetService<TracerProvider>());
        Assert.NotNull(traced.Services.GetService<TracerProvider>());
    }

    [Fact]
    public async Task Console_logs_can_be_json_lines()
    {
        var store = Path.Combine(Path.GetTempPath(), $"dockinggraph-json-logs-{Guid.NewGuid():N}.db");
        try
        {
            var run = await GatewayProcess.RunAsync(["migrate", $"--ConnectionStrings:Docking=Data Source={store}", "--Logging:Console:FormatterName=json"]);

            // A command logs to standard error; its standard output is its result.
            Assert.Equal(0, run.ExitCode);
            var lines = run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.NotEmpty(lines);
            Assert.All(lines, line => Assert.True(System.Text.Json.JsonDocument.Parse(line).RootElement.TryGetProperty("LogLevel", out _), line));
        }
        finally
        {
            File.Delete(store);
        }
    }

    private static string Unique(string name) => $"{name}_{Guid.NewGuid():N}";

    private static List<MetricPoint> Points(IEnumerable<Metric> metrics, string name)
    {
        var points = new List<MetricPoint>();
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                points.Add(point);
            }
        }

        return points;
    }

    private static List<MetricPoint> AllPoints(IEnumerable<Metric> metrics) =>
        metrics.Select(m => m.Name).Distinct().SelectMany(name => Points(metrics, name)).ToList();

    private static string? Tag(MetricPoint point, string key)
    {
        foreach (var tag in point.Tags)
        {
            if (tag.Key == key)
            {
                return tag.Value?.ToString();
            }
        }

        return null;
    }

    /// <summary>A seeded gateway whose traces and metrics go to in-memory exporters.</summary>
    private sealed class ObservedGateway(params (string Key, string Value)[] settings) : GatewayFactory
    {
        private readonly List<Activity> spans = [];
        private readonly List<Metric> metrics = [];

        /// <summary>A query sent as part of <paramref name="trace"/> (W3C <c>traceparent</c>).</summary>
        public async Task<System.Text.Json.JsonElement> TracedQueryAsync(ActivityTraceId trace, string query, string? operationName = null)
        {
            using var client = CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query, operationName }) };
            request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
            using var response = await client.SendAsync(request);
            return await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content);
        }

        /// <summary>Posts <paramref name="body"/> as the request's JSON, whatever is answered.</summary>
        public async Task PostAsync(object body)
        {
            using var client = CreateClient();
            using var response = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(client, "/graphql", body);
        }

        /// <summary>
        /// The spans of <paramref name="trace"/>, once its request span has ended: ASP.NET Core ends
        /// it just after the response is sent, so it may still be open when the client has the answer.
        /// </summary>
        public async Task<List<Activity>> SpansOfAsync(ActivityTraceId trace)
        {
            var spans = new List<Activity>();
            for (var attempt = 0; attempt < 100 && !spans.Any(s => s.TraceId == trace && s.Source.Name == "Microsoft.AspNetCore"); attempt++)
            {
                await Task.Delay(attempt == 0 ? 0 : 50);
                spans.AddRange(FlushSpans().Where(s => s.TraceId == trace));
            }

            return spans;
        }

        public List<Activity> FlushSpans()
        {
            Services.GetRequiredService<TracerProvider>().ForceFlush();
            lock (spans)
            {
                var flushed = spans.ToList();
                spans.Clear();
                return flushed;
            }
        }

        public List<Metric> FlushMetrics()
        {
            Services.GetRequiredService<MeterProvider>().ForceFlush();
            return [.. metrics];
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Telemetry:Traces", "true");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services => services
                .ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))
                .ConfigureOpenTelemetryMeterProvider(metering => metering.AddInMemoryExporter(metrics)));
        }
    }
}
