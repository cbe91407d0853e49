using DockingGraph.Import;
using DockingGraph.Sync;

namespace DockingGraph.CommandLine;

/// <summary>
/// <c>DockingGraph import PATH...</c> imports LL2 JSON files or directories into the configured
/// store; <c>import --from-api URL</c> syncs it from an LL2 list endpoint.
/// </summary>
public static class ImportCommand
{
    public static async Task<int> RunImportAsync(this WebApplication app, IReadOnlyList<string> paths, Uri? fromApi)
    {
        // A store that cannot be opened is the host's start failure (HostCommands), not the import's.
        await app.PrepareDockingStoreAsync(seedWhenEmpty: false);
        try
        {
            if (fromApi is not null)
            {
                var state = await app.Services.GetRequiredService<Ll2ApiSync>().RunAsync(fromApi.OriginalString, new ConsoleProgress());
                Console.WriteLine($"Synced {state.PagesApplied} pages from {state.Source}, finished {state.CompletedAt:u}.");
                return 0;
            }

            var importer = app.Services.GetRequiredService<Ll2Importer>();
            var report = await ImportProgressDisplay.RunAsync(ImportProgressDisplay.StandardError(), progress => importer.ImportAsync(paths, progress));
            Console.WriteLine(report);
            return 0;
        }
        catch (Ll2ImportException ex)
        {
            await Console.Error.WriteLineAsync($"import failed, nothing was written: {ex.Message}");
            return 1;
        }
        catch (Ll2SyncException ex)
        {
            await Console.Error.WriteLineAsync($"sync stopped: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not one of the import's own refusals: still one line and exit 1, not an abort; the
            // import's transaction is not committed when it fails.
            await Console.Error.WriteLineAsync($"import failed: {ex.GetType().Name}: {ex.Message}");
            return 1;
        }
    }

    /// <summary>Progress lines on standard error, in order (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
    private sealed class ConsoleProgress : IProgress<string>
    {
        public void Report(string value) => Console.Error.WriteLine(value);
    }
}
