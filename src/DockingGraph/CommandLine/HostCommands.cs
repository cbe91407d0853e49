using DockingGraph.CommandLine;
using DockingGraph.Import;
using DockingGraph.Startup;
using Microsoft.Extensions.Logging.Console;
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
                    Console.WriteLine(await app.PrepareDockingStoreAsync(seedWhenEmpty: false));
                    return 0;
                default:
                    await app.PrepareDockingStoreAsync();
                    var services = app.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
                    await app.RunAsync();
                    return await StoppedAsync(services);
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
        catch (Ll2ImportException ex) when (invocation.Command == HostCommand.Serve)
        {
            // The first start's import of Seed:Path (the import command reports its own).
            return await FailAsync($"the seed data cannot be imported, nothing was written: {ex.Message} (set Seed:Path to LL2 JSON files, or Seed:Enabled=false)");
        }
        catch (IOException ex) when (ex.Message.StartsWith("Failed to bind to address", StringComparison.Ordinal))
        {
            // Kestrel's own words name the address and why ("address already in use").
            return await FailAsync($"{ex.Message.TrimEnd('.')} (another process listens there: stop it, or choose another address with --urls)");
        }
    }

    /// <summary>
    /// Logging for a command line: a command other than <c>serve</c> logs to standard error, so that
    /// standard output carries only its result; and the host's own report of a start that failed
    /// and of a background service that failed (each an error with a stack trace) are left to
    /// <see cref="RunAsync"/>, which says them in one line.
    /// </summary>
    public static void AddCommandLogging(this WebApplicationBuilder builder, HostInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(invocation);
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", level => level == LogLevel.Warning);
        if (invocation.Command != HostCommand.Serve)
        {
            builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        }
    }

    /// <summary>
    /// A host that stopped because a background service failed has not done its job: one line each
    /// and <see cref="ServiceFailure"/>. The services are those of the host before it ran (it is
    /// disposed when it stops).
    /// </summary>
    private static async Task<int> StoppedAsync(IEnumerable<BackgroundService> services)
    {
        var failed = services
            .Select(service => (Service: service, Exception: service.ExecuteTask?.Exception?.GetBaseException()))
            .Where(failure => failure.Exception is not null)
            .ToList();
        foreach (var (service, exception) in failed)
        {
            await Console.Error.WriteLineAsync($"DockingGraph stopped: {service.GetType().Name} failed ({exception!.GetType().Name}: {exception.Message})");
        }

        return failed.Count > 0 ? ServiceFailure : 0;
    }

    private static async Task<int> FailAsync(string line)
    {
        // One line, whatever the message quotes (a bad file's text, an exception's own lines).
        await Console.Error.WriteLineAsync($"DockingGraph cannot start: {line.ReplaceLineEndings(" ")}");
        return ConfigurationError;
    }
}
