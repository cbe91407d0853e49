namespace DockingGraph.Features.Launches;

public sealed class Rocket : Ll2Record
{
    public int Id { get; set; }

    public int? ConfigurationId { get; set; }

    public LauncherConfiguration? Configuration { get; set; }
}
