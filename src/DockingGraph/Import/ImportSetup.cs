namespace DockingGraph.Import;

public static class ImportSetup
{
    public static IServiceCollection AddLl2Import(this IServiceCollection services) =>
        services.AddSingleton<Ll2Importer>();
}
