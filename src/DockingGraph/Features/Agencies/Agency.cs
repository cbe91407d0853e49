namespace DockingGraph.Features.Agencies;

public sealed class Agency : Ll2Record
{
    public int Id { get; set; }

    public string? Url { get; set; }

    public string? Name { get; set; }

    public string? Abbrev { get; set; }

    public int? TypeKey { get; set; }

    public AgencyType? Type { get; set; }

    public bool? Featured { get; set; }

    public List<AgencyCountry> Country { get => field ??= []; set; }

    public string? Description { get; set; }

    public string? Administrator { get; set; }

    public int? FoundingYear { get; set; }

    public string? Launchers { get; set; }

    public string? Spacecraft { get; set; }

    public string? Parent { get; set; }

    public int? ImageId { get; set; }

    public Image? Image { get; set; }

    public int? LogoId { get; set; }

    public Image? Logo { get; set; }

    public int? SocialLogoId { get; set; }

    public Image? SocialLogo { get; set; }

    public int? TotalLaunchCount { get; set; }

    public int? ConsecutiveSuccessfulLaunches { get; set; }

    public int? SuccessfulLaunches { get; set; }

    public int? FailedLaunches { get; set; }

    public int? PendingLaunches { get; set; }

    public int? ConsecutiveSuccessfulLandings { get; set; }

    public int? SuccessfulLandings { get; set; }

    public int? FailedLandings { get; set; }

    public int? AttemptedLandings { get; set; }

    public int? SuccessfulLandingsSpacecraft { get; set; }

    public int? FailedLandingsSpacecraft { get; set; }

    public int? AttemptedLandingsSpacecraft { get; set; }

    public int? SuccessfulLandingsPayload { get; set; }

    public int? FailedLandingsPayload { get; set; }

    public int? AttemptedLandingsPayload { get; set; }

    public string? InfoUrl { get; set; }

    public string? WikiUrl { get; set; }

    public List<SocialMediaLink> SocialMediaLinks { get => field ??= []; set; }

    /// <summary>The spacecraft configurations this agency makes (not an LL2 field: the graph's <c>spacecraftConfigurations</c>).</summary>
    public List<SpacecraftConfiguration> SpacecraftConfigurations { get => field ??= []; set; }

    /// <summary><see cref="Name"/> upper-cased (all of Unicode), for search in the database; follows Name, never set on its own.</summary>
    public string? NameSearch
    {
        get => Name?.ToUpperInvariant();
        private set { }
    }

    /// <summary><see cref="Abbrev"/> upper-cased (all of Unicode), for search in the database; follows Abbrev, never set on its own.</summary>
    public string? AbbrevSearch
    {
        get => Abbrev?.ToUpperInvariant();
        private set { }
    }
}
