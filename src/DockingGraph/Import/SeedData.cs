using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DockingGraph.Import;

/// <summary>
/// The embedded default: at start the store is reached, migrated, and when it holds no docking
/// events the recorded LL2 responses shipped with the gateway (<c>data/ll2</c>) are imported.
/// </summary>
public static partial class SeedData
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "data", "ll2");

    /// <param name="seedWhenEmpty">Import the bundled seeds into a store without docking events (configuration <c>Seed:Enabled</c> can turn it off).</param>
    /// <returns>Which store it is and the migrations applied to it now.</returns>
    public static async Task<PreparedStore> PrepareDockingStoreAsync(this WebApplication app, bool seedWhenEmpty = true, CancellationToken cancellationToken = default)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SeedData));
        var contexts = app.Services.GetRequiredService<IDbContextFactory<DockingDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await StoreStartup.OpenAsync(db, app.Services.GetRequiredService<IOptions<StoreOptions>>().Value, logger, cancellationToken);

        // Many instances may start at once over one PostgreSQL: one migrates and imports, the
        // others wait for it and find the work done.
        var store = DockingStore.Describe(db);
        IReadOnlyList<string> migrations;
        await using (await StoreLock.AcquireAsync(db, "prepare", cancellationToken))
        {
            migrations = await StoreMigration.MigrateAsync(db, cancellationToken);
            LogStore(logger, store);

            var seed = app.Services.GetRequiredService<SeedOptions>();
            if (seedWhenEmpty && seed.Enabled && !await db.Set<DockingEvent>().AnyAsync(cancellationToken))
            {
                var path = seed.Path ?? DefaultPath;
                LogSeeding(logger, path);
                var report = await app.Services.GetRequiredService<Ll2Importer>().ImportAsync([path], cancellationToken: cancellationToken);
                var summary = report.ToString().TrimEnd();
                LogImported(logger, summary);
            }
        }

        var events = await db.Set<DockingEvent>().CountAsync(cancellationToken);
        LogEventCount(logger, events);

        // Read once here, before the first request; from then on it is kept in memory and refreshed.
        await app.Services.GetRequiredService<CurrentDataVersion>().RefreshAsync(cancellationToken);
        app.Services.GetRequiredService<StoreReadiness>().MarkPrepared();
        return new PreparedStore(store, migrations);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Docking store: {Store}")]
    private static partial void LogStore(ILogger logger, string store);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store holds no docking events: importing the bundled LL2 seed data from {Path}")]
    private static partial void LogSeeding(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Report}")]
    private static partial void LogImported(ILogger logger, string report);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store holds {Count} docking events")]
    private static partial void LogEventCount(ILogger logger, int count);
}
