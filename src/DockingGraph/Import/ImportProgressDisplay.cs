using System.Globalization;
using Spectre.Console;

namespace DockingGraph.Import;

/// <summary>
/// Shows a long import's progress on standard error: a live bar (events done, events a second,
/// elapsed) on a terminal, and a plain line every few seconds when the output goes to a file or
/// a log, where a redrawn bar would be noise.
/// </summary>
internal static class ImportProgressDisplay
{
    private static readonly TimeSpan LineInterval = TimeSpan.FromSeconds(5);

    public static async Task<T> RunAsync<T>(IAnsiConsole console, Func<IProgress<ImportProgress>, Task<T>> import)
    {
        if (!console.Profile.Capabilities.Interactive)
        {
            return await import(new PlainLines(console));
        }

        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Describe(default), maxValue: 1);
                return await import(new Bar(task));
            });
    }

    /// <summary>Standard error as Spectre.Console sees it (colour and interactivity detected).</summary>
    public static IAnsiConsole StandardError() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    private static string Describe(ImportProgress progress) =>
        string.Create(CultureInfo.InvariantCulture, $"{progress.Events,9:N0} events {progress.EventsPerSecond,7:N0}/s");

    private static double Fraction(ImportProgress progress) =>
        progress.BytesTotal is > 0 and var total ? Math.Min(1, (double)progress.BytesRead / total) : 0;

    private sealed class Bar(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            task.Description = Describe(value);
            task.IsIndeterminate = value.BytesTotal is null;
            task.Value = value.IsDone ? 1 : Fraction(value);
        }
    }

    private sealed class PlainLines(IAnsiConsole console) : IProgress<ImportProgress>
    {
        private TimeSpan lastLine;

        public void Report(ImportProgress value)
        {
            if (!value.IsDone && value.Elapsed - lastLine < LineInterval)
            {
                return;
            }

            lastLine = value.Elapsed;
            var share = value.BytesTotal is null ? "" : string.Create(CultureInfo.InvariantCulture, $", {Fraction(value):P0} of the input");
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported {value.Events:N0} docking events ({value.EventsPerSecond:N0}/s{share}) in {value.Elapsed.TotalSeconds:0.0} s"));
        }
    }
}
