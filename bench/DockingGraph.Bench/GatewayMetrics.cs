using System.Globalization;
using System.Text.RegularExpressions;

namespace DockingGraph.Bench;

/// <summary>
/// The gateway's own counters, scraped from its Prometheus endpoint (<c>Telemetry:Prometheus</c>):
/// SQL statements issued by GraphQL requests (the EF Core interceptor's histogram) and bytes the
/// process allocated (the runtime's <c>dotnet.gc.heap.total_allocated</c>). Two scrapes around a
/// round give its statements and bytes per request.
/// </summary>
public sealed partial record GatewayMetrics(double SqlStatements, double Requests, double AllocatedBytes)
{
    public static async Task<GatewayMetrics> ScrapeAsync(Uri gateway)
    {
        using var http = new HttpClient();
        var text = await http.GetStringAsync(new Uri(gateway, "/metrics"));
        return new GatewayMetrics(Sum(text, SqlSum()), Sum(text, SqlCount()), Sum(text, Allocated()));
    }

    public GatewayMetrics Since(GatewayMetrics before) => new(SqlStatements - before.SqlStatements, Requests - before.Requests, AllocatedBytes - before.AllocatedBytes);

    private static double Sum(string text, Regex metric) =>
        metric.Matches(text).Sum(m => double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture));

    [GeneratedRegex(@"^dockinggraph_graphql_sql_statements\w*_sum(?:\{[^}]*\})? (?<value>[\d.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex SqlSum();

    [GeneratedRegex(@"^dockinggraph_graphql_sql_statements\w*_count(?:\{[^}]*\})? (?<value>[\d.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex SqlCount();

    [GeneratedRegex(@"^dotnet_gc_heap_total_allocated\w*(?:\{[^}]*\})? (?<value>[\d.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex Allocated();
}
