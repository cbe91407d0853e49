using System.Diagnostics;

namespace DockingGraph.Bench;

/// <summary>Runs a program to its end and says what it printed when it fails.</summary>
public static class BenchProcess
{
    public static async Task<string> RunAsync(string program, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} could not be started");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"{program} {string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {await error}{await output}");
    }

    /// <summary>The CPU time a process has used so far (user and system); zero once it is gone.</summary>
    public static TimeSpan ProcessorTime(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.TotalProcessorTime;
        }
        catch (ArgumentException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>The resident memory of a process, in MB (Linux).</summary>
    public static double ResidentMegabytes(int pid) => StatusMegabytes(pid, "VmRSS") ?? double.NaN;

    /// <summary>The most resident memory the process has had so far (VmHWM), in MB; 0 once it is gone.</summary>
    public static double PeakResidentMegabytes(int pid) => StatusMegabytes(pid, "VmHWM") ?? 0;

    /// <summary>A memory figure of /proc/PID/status, or null when the process (or the figure) is not there.</summary>
    private static double? StatusMegabytes(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith($"{field}:", StringComparison.Ordinal));
            return line is null ? null : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
