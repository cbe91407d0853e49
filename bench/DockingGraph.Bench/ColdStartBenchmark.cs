using System.Diagnostics;
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
        var port = ThrowawayPostgres.FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(Repository.GatewayDll(repository))! };
        foreach (var argument in new[] { Repository.GatewayDll(repository), "--urls", $"http://127.0.0.1:{port}", $"--ConnectionStrings:Docking=Data Source={file}", "--Logging:LogLevel:Default=Warning" })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var endpoint = new Uri($"http://127.0.0.1:{port}/graphql");
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("the gateway could not be started");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromMinutes(1))
            {
                try
                {
                    using var content = new StringContent(Scenario.Body(FirstQuery), Encoding.UTF8, "application/json");
                    using var response = await http.PostAsync(endpoint, content);
                    if (response.IsSuccessStatusCode && (await response.Content.ReadAsStringAsync()).Contains("totalCount", StringComparison.Ordinal))
                    {
                        return clock.Elapsed.TotalMilliseconds;
                    }
                }
                catch (HttpRequestException)
                {
                }

                if (process.HasExited)
                {
                    throw new InvalidOperationException($"the gateway exited ({process.ExitCode}) before it answered");
                }

                await Task.Delay(10);
            }

            throw new TimeoutException("the gateway did not answer within a minute");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
