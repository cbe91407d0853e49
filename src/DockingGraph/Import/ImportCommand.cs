namespace DockingGraph.Import;

/// <summary><c>DockingGraph import PATH...</c>: imports LL2 JSON files or directories into the configured store.</summary>
public static class ImportCommand
{
    public static async Task<int> RunImportAsync(this WebApplication app, IReadOnlyList<string> paths)
    {
        var importer = app.Services.GetRequiredService<Ll2Importer>();
        try
        {
            await app.PrepareDockingStoreAsync(seedWhenEmpty: false);
            var report = await importer.ImportAsync(paths, new ConsoleProgress());
            Console.WriteLine(report);
            return 0;
        }
        catch (Ll2ImportException ex)
        {
            await Console.Error.WriteLineAsync($"import failed, nothing was written: {ex.Message}");
            return 1;
        }
    }

    /// <summary>Progress lines on standard error, in order (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
    private sealed class ConsoleProgress : IProgress<string>
    {
        public void Report(string value) => Console.Error.WriteLine(value);
    }
}
