namespace DockingGraph.Features.Launches;

public sealed class LauncherConfiguration : Ll2Record
{
    public int Id { get; set; }

    public string? Url { get; set; }

    public string? Name { get; set; }

    public List<LauncherConfigurationFamily> Families { get => field ??= []; set; }

    public string? FullName { get; set; }

    public string? Variant { get; set; }
}
