using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace DockingGraph.Tests.Infrastructure;

/// <summary>
/// The gateway as its own process (<c>dotnet DockingGraph.dll ...</c>), as an operator runs it:
/// its exit code, standard output and standard error, and where it says it listens. It is given
/// only the environment named here (none of the test run's ASPNETCORE_/DOTNET_ settings).
/// </summary>
public sealed partial class GatewayProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly ConcurrentQueue<string> errors = new();
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private GatewayProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) => Received(output, e.Data);
        process.ErrorDataReceived += (_, e) => Received(errors, e.Data);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"the gateway exited ({process.ExitCode}) before listening:\n{Output}\n{Errors}"));
        process.EnableRaisingEvents = true;
    }

    /// <summary>The test binaries' own copy of the gateway (the project reference puts it there).</summary>
    public static string BuiltGateway => Path.Combine(AppContext.BaseDirectory, "DockingGraph.dll");

    public string Output => string.Join('\n', output);

    public string Errors => string.Join('\n', errors);

    public int ExitCode => process.ExitCode;

    public bool HasExited => process.HasExited;

    /// <summary>Starts <c>dotnet GATEWAY ARGS</c> in the gateway's folder.</summary>
    public static GatewayProcess Start(string gateway, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment) =>
        Start(["dotnet", gateway, .. arguments], environment, Path.GetDirectoryName(gateway)!);

    /// <summary>Starts a command line (e.g. an image's ENTRYPOINT, through setpriv) in <paramref name="workingDirectory"/>.</summary>
    public static GatewayProcess Start(IReadOnlyList<string> command, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in command.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(IsInherited).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new GatewayProcess(Process.Start(start) ?? throw new InvalidOperationException($"{command[0]} could not be started"));
        process.process.BeginOutputReadLine();
        process.process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs a command of the built gateway to its end (at most two minutes).</summary>
    public static Task<GatewayProcess> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        RunAsync(["dotnet", BuiltGateway, .. arguments], environment ?? new Dictionary<string, string>(), AppContext.BaseDirectory);

    /// <summary>Runs a command line to its end (at most two minutes).</summary>
    public static async Task<GatewayProcess> RunAsync(IReadOnlyList<string> command, IReadOnlyDictionary<string, string> environment, string workingDirectory)
    {
        var run = Start(command, environment, workingDirectory);
        await run.WaitForExitAsync(TimeSpan.FromMinutes(2));
        return run;
    }

    /// <summary>The first address the gateway says it listens on ("Now listening on: ...").</summary>
    public Task<Uri> ListeningAsync() => listening.Task.WaitAsync(TimeSpan.FromMinutes(2));

    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);

        // The last lines of output arrive after the exit.
        process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Received(ConcurrentQueue<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue(line);
        if (ListeningLine().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    /// <summary>The test run's own settings (its environment, its MSBuild), which the gateway must not inherit.</summary>
    private static bool IsInherited(string name) =>
        name.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || name.StartsWith("DOTNET_", StringComparison.Ordinal)
        || name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.Contains("__", StringComparison.Ordinal);

    [GeneratedRegex(@"Now listening on: (\S+)")]
    private static partial Regex ListeningLine();
}
