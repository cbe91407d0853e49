using System.Globalization;
using System.Text;

namespace DockingGraph.Bench;

/// <summary>
/// Cold start on the embedded default: the time from starting the gateway's process (a Release
/// build, Production, SQLite) to its first answer to a GraphQL query, on an empty store (migrate
/// and import the bundled seeds first) and on the store that start left behind. Several runs each;
/// the median and the fastest are reported.
/// </summary>
public static class ColdStartBenchmark
{
    private const string FirstQuery = "{ dockingEvents { totalCount } }";

    public static async Task<int> RunAsync(int runs)
    {
        var repository = Repository.Find();
        await Repository.BuildGatewayAsync(repository);
        var empty = new List<double>();
        var existing = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var file = Path.Combine(Path.GetTempPath(), $"dockinggraph-coldstart-{Guid.NewGuid():N}.db");
            try
            {
                empty.Add(await FirstAnswerAsync(repository, file));
                existing.Add(await FirstAnswerAsync(repository, file));
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1}: empty store {empty[^1]:0} ms, existing store {existing[^1]:0} ms"));
            }
            finally
            {
                foreach (var path in new[] { file, file + "-wal", file + "-shm" })
                {
                    File.Delete(path);
                }
            }
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"# Cold start, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"From starting `dotnet DockingGraph.dll` (Release build, Production, SQLite) to its first answer to `{FirstQuery}`, polled every 10 ms; {runs} runs, {Environment.ProcessorCount} cores. An empty store is migrated and the bundled seeds imported before the first answer; an existing store is the one the previous start left.");
        report.AppendLine();
        report.AppendLine("| store | median | fastest |");
        report.AppendLine("|---|---|---|");
        report.AppendLine(CultureInfo.InvariantCulture, $"| empty (migrate and seed) | {Median(empty):0} ms | {empty.Min():0} ms |");
        report.AppendLine(CultureInfo.InvariantCulture, $"| existing | {Median(existing):0} ms | {existing.Min():0} ms |");
        await Repository.WriteResultAsync(repository, "coldstart.md", report.ToString());
        return 0;
    }

    private static async Task<double> FirstAnswerAsync(string repository, string file)
    {
        await using var gateway = await Gateway.StartAsync(repository, "Sqlite", $"Data Source={file}", ready: async (http, address) =>
        {
            using var content = new StringContent(Scenario.Body(FirstQuery), Encoding.UTF8, "application/json");
            using var response = await http.PostAsync(new Uri(address, "/graphql"), content);
            return response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains("totalCount", StringComparison.Ordinal);
        });
        return gateway.ReadyAfter.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
