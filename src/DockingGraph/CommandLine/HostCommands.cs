using DockingGraph.CommandLine;
using DockingGraph.Import;
using DockingGraph.Startup;
using Microsoft.Extensions.Options;

namespace DockingGraph.CommandLine;

/// <summary>
/// Runs a command in the built host: the configuration is checked first (every options class's
/// validation), then the store is prepared and the command runs. What the operator must fix (a bad
/// setting, a store that cannot be opened or reached) is one line on standard error and exit 1.
/// </summary>
public static class HostCommands
{
    public const int ConfigurationError = 1;

    /// <summary>A background service failed and stopped the host: not a clean stop, so that a restart-on-failure policy restarts it.</summary>
    public const int ServiceFailure = 70;

    public static async Task<int> RunAsync(this WebApplication app, HostInvocation invocation)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            switch (invocation.Command)
            {
                case HostCommand.Import:
                    return await app.RunImportAsync(invocation.ImportPaths, invocation.ImportFromApi);
                case HostCommand.Migrate:
                    // For deployments that migrate before they start instances; the server migrates at start too.
                    await app.PrepareDockingStoreAsync(seedWhenEmpty: false);
                    return 0;
                default:
                    await app.PrepareDockingStoreAsync();
                    await app.RunAsync();
                    return await StoppedByFailureAsync(app) ? ServiceFailure : 0;
            }
        }
        catch (OptionsValidationException ex)
        {
            return await FailAsync($"configuration: {string.Join("; ", ex.Failures)}");
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            return await FailAsync($"configuration: {string.Join("; ", ex.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures))}");
        }
        catch (InvalidOperationException ex) when (ex.InnerException is FormatException or ArgumentException or OverflowException)
        {
            // The configuration binder's own words name the setting and its value.
            return await FailAsync($"configuration: {ex.Message} ({ex.InnerException.Message})");
        }
        catch (StartupFailureException ex)
        {
            return await FailAsync(ex.Message);
        }
    }

    private static async Task<bool> StoppedByFailureAsync(WebApplication app)
    {
        var failed = app.Services.GetServices<IHostedService>().OfType<BackgroundService>()
            .Select(service => (service, service.ExecuteTask?.Exception?.GetBaseException()))
            .Where(failure => failure.Item2 is not null)
            .ToList();
        foreach (var (service, exception) in failed)
        {
            await Console.Error.WriteLineAsync($"DockingGraph stopped: {service.GetType().Name} failed ({exception!.GetType().Name}: {exception.Message})");
        }

        return failed.Count > 0;
    }

    private static async Task<int> FailAsync(string line)
    {
        await Console.Error.WriteLineAsync($"DockingGraph cannot start: {line}");
        return ConfigurationError;
    }
}
