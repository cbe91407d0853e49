namespace DockingGraph.Features.Launches;

public sealed class Launch : Ll2Record
{
    public string Id { get; set; } = "";

    public string? Url { get; set; }

    public string? Name { get; set; }

    public string? Slug { get; set; }

    public string? LaunchDesignator { get; set; }

    public int? StatusId { get; set; }

    public LaunchStatus? Status { get; set; }

    public DateTime? LastUpdated { get; set; }

    public DateTime? Net { get; set; }

    public int? NetPrecisionId { get; set; }

    public NetPrecision? NetPrecision { get; set; }

    public DateTime? WindowEnd { get; set; }

    public DateTime? WindowStart { get; set; }

    public int? ImageId { get; set; }

    public Image? Image { get; set; }

    public string? Infographic { get; set; }

    public int? Probability { get; set; }

    public string? WeatherConcerns { get; set; }

    public string? Failreason { get; set; }

    public string? Hashtag { get; set; }

    public int? LaunchServiceProviderId { get; set; }

    public Agency? LaunchServiceProvider { get; set; }

    public int? RocketId { get; set; }

    public Rocket? Rocket { get; set; }

    public int? MissionId { get; set; }

    public Mission? Mission { get; set; }

    public int? PadId { get; set; }

    public Pad? Pad { get; set; }

    public bool? WebcastLive { get; set; }

    public List<LaunchProgram> Program { get => field ??= []; set; }

    public int? OrbitalLaunchAttemptCount { get; set; }

    public int? LocationLaunchAttemptCount { get; set; }

    public int? PadLaunchAttemptCount { get; set; }

    public int? AgencyLaunchAttemptCount { get; set; }

    public int? OrbitalLaunchAttemptCountYear { get; set; }

    public int? LocationLaunchAttemptCountYear { get; set; }

    public int? PadLaunchAttemptCountYear { get; set; }

    public int? AgencyLaunchAttemptCountYear { get; set; }
}
