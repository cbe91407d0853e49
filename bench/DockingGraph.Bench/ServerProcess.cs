using System.Diagnostics;

namespace DockingGraph.Bench;

/// <summary>
/// A server a benchmark starts (the gateway, PostGraphile): its output goes to a log of its own,
/// it is ready when a probe over HTTP says so, and it is killed with its children at the end.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;

    private ServerProcess(Process process, string log, TimeSpan readyAfter)
    {
        this.process = process;
        Log = log;
        ReadyAfter = readyAfter;
    }

    public int Id => process.Id;

    /// <summary>Its exit code if it has exited (a server must not during a run).</summary>
    public int? ExitCode => process.HasExited ? process.ExitCode : null;

    /// <summary>Where its standard output and error went.</summary>
    public string Log { get; }

    /// <summary>From starting the process to the probe's first yes.</summary>
    public TimeSpan ReadyAfter { get; }

    /// <param name="name">What the server is, for the log's name and the errors.</param>
    /// <param name="ready">Asked every 10 ms until it says yes; a refused connection, or no answer within the probe's 5 s, is a no.</param>
    public static async Task<ServerProcess> StartAsync(ProcessStartInfo start, string name, Func<HttpClient, Task<bool>> ready, TimeSpan within)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(ready);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var log = Path.Combine(Path.GetTempPath(), $"dockinggraph-bench-{name.Replace(' ', '-')}-{Guid.NewGuid():N}.log");
        var writer = TextWriter.Synchronized(new StreamWriter(log) { AutoFlush = true });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} could not be started");
        process.OutputDataReceived += (_, e) => writer.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => writer.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        while (clock.Elapsed < within)
        {
            try
            {
                if (await ready(http))
                {
                    return new ServerProcess(process, log, clock.Elapsed);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException answerTooSlow) when (answerTooSlow.InnerException is TimeoutException)
            {
                // A server still starting on a busy machine may take longer than one probe's
                // timeout to answer its first request: a no, until the deadline of the start.
            }

            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited ({process.ExitCode}) before it was ready; its log: {log}");
            }

            await Task.Delay(10);
        }

        await StopAsync(process);
        throw new TimeoutException($"{name} was not ready within {within.TotalSeconds:0} s; its log: {log}");
    }

    public ValueTask DisposeAsync() => StopAsync(process);

    private static async ValueTask StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
