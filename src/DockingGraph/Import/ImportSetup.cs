using DockingGraph.Changes;
using DockingGraph.Startup;

namespace DockingGraph.Import;

public static class ImportSetup
{
    public static IServiceCollection AddLl2Import(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedOptions<SeedOptions>(configuration, "Seed")
            .Validate(o => !o.Enabled || o.Path is null || File.Exists(o.Path) || Directory.Exists(o.Path), "Seed:Path must be an existing file or folder of LL2 bodies (or unset: the bundled seeds)");
        services.AddCheckedOptions<ImportOptions>(configuration, "Import")
            .Validate(o => o.ChunkSize is >= 1 and <= 100_000, "Import:ChunkSize must be a number of events from 1 to 100000");
        // An import's commit is news for live subscribers: the importer hands it to the change feed.
        return services.AddChangeFeed(configuration).AddSingleton<Ll2Importer>();
    }
}
