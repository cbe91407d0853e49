namespace DockingGraph;

/// <summary>
/// The command line: no command serves the graph; <c>import PATH...</c> imports LL2 JSON;
/// <c>migrate</c> brings the store's schema up to date and exits; <c>generate-schema [DIR]</c>
/// writes the generated filter and sort inputs. Host options
/// (<c>--urls</c>, <c>--ConnectionStrings:Docking=...</c>) may follow. Paths are kept away from the
/// host's own parser, which would read <c>/data/x.json</c> as a switch.
/// </summary>
public sealed record DockingGraphCommand(string? Name, IReadOnlyList<string> Arguments, string[] HostArguments)
{
    public static DockingGraphCommand Parse(string[] args)
    {
        if (args is not [("import" or "generate-schema" or "migrate") and var name, .. var rest])
        {
            return new DockingGraphCommand(null, [], args);
        }

        var hostOptions = rest.Where(IsHostOption).ToArray();
        var paths = rest.Where(a => !IsHostOption(a)).ToList();
        return new DockingGraphCommand(name, paths, hostOptions);
    }

    private static bool IsHostOption(string argument) =>
        argument.StartsWith("--", StringComparison.Ordinal) && argument.Contains('=', StringComparison.Ordinal);
}
