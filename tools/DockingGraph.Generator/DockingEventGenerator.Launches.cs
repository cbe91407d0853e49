using System.Text.Json.Nodes;

namespace DockingGraph.Generator;

public sealed partial class DockingEventGenerator
{
    private static readonly DateTime Recently = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly int[] OrbitIds = [.. Catalog.Orbits.Keys.Order()];
    // Out of 200 launches: one each Go, TBD, Hold, TBC and Failure, three partial failures, four
    // "payload deployed"; the rest successful. A docking flight rarely failed, but LL2 keeps them all.
    private static readonly int[] RareStatuses = [1, 2, 5, 8, 4, 7, 7, 7, 9, 9, 9, 9];

    /// <summary>What a flight tells its launch: the launch's own details are drawn from its slot.</summary>
    private sealed record LaunchSpec(int Slot, string Mission, string MissionType, string MissionDescription, LauncherRow Launcher, int Orbit, int[] Agencies, int[] Programs, DateTime Net, bool InFlight);

    /// <summary>A launch as a target flight names it: id, url, name.</summary>
    private JsonObject LaunchName(int slot, string name)
    {
        var id = Ll2Text.Uuid(new Dice(seed, Salt.Launch, slot));
        return new JsonObject { ["id"] = id, ["url"] = $"{Ll2Text.Api}launches/{id}/", ["name"] = name };
    }

    /// <summary>A launch in normal mode, with its mission, pad, provider, rocket and programs.</summary>
    private JsonObject Launch(LaunchSpec spec)
    {
        var dice = new Dice(seed, Salt.Launch, spec.Slot);
        var id = Ll2Text.Uuid(dice);
        var name = $"{spec.Launcher.Name} | {spec.Mission}";
        var roll = dice.Below(200);
        var status = spec.InFlight && spec.Net > Recently.AddYears(-2) ? 6 : roll < RareStatuses.Length ? RareStatuses[roll] : 3;
        var precision = dice.Below(20) switch { < 13 => 0, < 18 => 1, 18 => 2, _ => dice.OneIn(2) ? 5 : 7 };
        var (statusName, statusAbbrev, statusDescription) = Catalog.LaunchStatuses[status];
        var (precisionName, precisionAbbrev, precisionDescription) = Catalog.NetPrecisions[precision];
        var updated = (spec.Net > Recently.AddYears(-2) ? spec.Net : Recently.AddYears(-2)) + dice.Span(TimeSpan.Zero, TimeSpan.FromDays(500));
        var year = dice.Between(20, 120);
        return new JsonObject
        {
            ["id"] = id,
            ["url"] = $"{Ll2Text.Api}launches/{id}/",
            ["name"] = name,
            ["response_mode"] = "normal",
            ["slug"] = Ll2Text.Slug(name),
            ["launch_designator"] = dice.OneIn(6) ? null : string.Create(Ll2Text.Invariant, $"{spec.Net.Year}-{dice.Between(1, 180):D3}"),
            ["status"] = new JsonObject { ["id"] = status, ["name"] = statusName, ["abbrev"] = statusAbbrev, ["description"] = statusDescription },
            ["last_updated"] = Ll2Text.Timestamp(updated),
            ["net"] = Ll2Text.Timestamp(spec.Net),
            ["net_precision"] = new JsonObject { ["id"] = precision, ["name"] = precisionName, ["abbrev"] = precisionAbbrev, ["description"] = precisionDescription },
            ["window_end"] = Ll2Text.Timestamp(spec.Net + (dice.OneIn(3) ? dice.Span(TimeSpan.Zero, TimeSpan.FromHours(2)) : TimeSpan.Zero)),
            ["window_start"] = Ll2Text.Timestamp(spec.Net),
            ["image"] = Image(spec.Launcher.Photo),
            ["infographic"] = dice.OneIn(10) ? $"{Ll2Text.Media}infographic_images/{Ll2Text.Slug(name)}_infographic.png" : null,
            ["probability"] = dice.OneIn(3) ? dice.Between(40, 99) : null,
            ["weather_concerns"] = dice.OneIn(8) ? "Cumulus Cloud Rule, Flight Through Precipitation" : null,
            ["failreason"] = status is 4 or 7 ? "Upper stage underperformance left the spacecraft in a lower orbit; it reached its target late." : "",
            ["hashtag"] = dice.OneIn(5) ? "#" + Ll2Text.Slug(spec.Mission).Replace("-", "", StringComparison.Ordinal) : null,
            ["launch_service_provider"] = AgencyList(spec.Launcher.Provider),
            ["rocket"] = new JsonObject { ["id"] = spec.Slot, ["configuration"] = LauncherConfig(spec.Launcher) },
            ["mission"] = Mission(spec, dice),
            ["pad"] = Pad(dice.Pick(spec.Launcher.Pads)),
            ["webcast_live"] = false,
            ["program"] = new JsonArray([.. spec.Programs.Select(p => (JsonNode)Program(p))]),
            ["orbital_launch_attempt_count"] = dice.Between(100, 7000),
            ["location_launch_attempt_count"] = dice.Between(1, 1500),
            ["pad_launch_attempt_count"] = dice.Between(1, 250),
            ["agency_launch_attempt_count"] = dice.Between(1, 600),
            ["orbital_launch_attempt_count_year"] = year,
            ["location_launch_attempt_count_year"] = dice.Between(1, year),
            ["pad_launch_attempt_count_year"] = dice.Between(1, 40),
            ["agency_launch_attempt_count_year"] = dice.Between(1, 60),
        };
    }

    private JsonObject Mission(LaunchSpec spec, Dice dice)
    {
        var (orbitName, orbitAbbrev, body) = Catalog.Orbits[spec.Orbit];
        var agency = spec.Agencies.Length > 0 ? Catalog.Agencies[spec.Agencies[0]] : null;
        var language = Catalog.Language(agency?.Countries[0] ?? 2);
        return new JsonObject
        {
            ["id"] = spec.Slot,
            ["name"] = spec.Mission,
            ["type"] = spec.MissionType,
            ["description"] = spec.MissionDescription,
            ["image"] = dice.OneIn(4) ? Image(spec.Launcher.Photo) : null,
            ["orbit"] = new JsonObject
            {
                ["id"] = spec.Orbit,
                ["name"] = orbitName,
                ["abbrev"] = orbitAbbrev,
                ["celestial_body"] = new JsonObject { ["response_mode"] = "list", ["id"] = body, ["name"] = Catalog.Bodies[body].Name },
            },
            ["agencies"] = new JsonArray([.. spec.Agencies.Select(a => (JsonNode)AgencyWithStatistics(a))]),
            ["info_urls"] = new JsonArray([.. Enumerable.Range(0, dice.Below(3)).Select(k => (JsonNode)InfoUrl(spec, agency, language, k))]),
            ["vid_urls"] = new JsonArray([.. Enumerable.Range(0, spec.Net.Year >= 2008 ? dice.Below(3) : 0).Select(k => (JsonNode)VidUrl(spec, agency, language, k, dice))]),
        };
    }

    private static JsonObject InfoUrl(LaunchSpec spec, AgencyRow? agency, (int Id, string Name, string Code) language, int index)
    {
        var source = $"www.{Ll2Text.Slug(agency?.Abbrev is { Length: > 0 } abbrev ? abbrev : "spaceflight")}.org";
        return new JsonObject
        {
            ["priority"] = 10 * (index + 1),
            ["source"] = source,
            ["title"] = $"{spec.Mission} – {Catalog.InfoUrlTypes[index]}",
            ["description"] = $"{Catalog.InfoUrlTypes[index]} of {spec.Mission}.",
            ["feature_image"] = index == 0 ? $"{Ll2Text.Media}news_images/{Ll2Text.Slug(spec.Mission)}.jpg" : null,
            ["url"] = $"https://{source}/missions/{Ll2Text.Slug(spec.Mission)}/",
            ["type"] = new JsonObject { ["id"] = index + 1, ["name"] = Catalog.InfoUrlTypes[index] },
            ["language"] = new JsonObject { ["id"] = language.Id, ["name"] = language.Name, ["code"] = language.Code },
        };
    }

    private static JsonObject VidUrl(LaunchSpec spec, AgencyRow? agency, (int Id, string Name, string Code) language, int index, Dice dice)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var video = string.Concat(Enumerable.Range(0, 11).Select(_ => Alphabet[dice.Below(Alphabet.Length)]));
        var live = index == 0 ? "Launch" : "Docking";
        return new JsonObject
        {
            ["priority"] = 10 * (index + 1),
            ["source"] = "youtube.com",
            ["publisher"] = agency?.Name ?? "NASASpaceflight",
            ["title"] = $"{spec.Mission} {live}",
            ["description"] = $"Live coverage of the {live.ToUpperInvariant()} of {spec.Mission}.",
            ["feature_image"] = $"https://i.ytimg.com/vi/{video}/maxresdefault.jpg",
            ["url"] = $"https://www.youtube.com/watch?v={video}",
            ["type"] = new JsonObject { ["id"] = index + 1, ["name"] = Catalog.VidUrlTypes[index] },
            ["language"] = new JsonObject { ["id"] = language.Id, ["name"] = language.Name, ["code"] = language.Code },
            ["start_time"] = Ll2Text.Timestamp(spec.Net - TimeSpan.FromHours(1)),
            ["end_time"] = Ll2Text.Timestamp(spec.Net + TimeSpan.FromHours(1)),
            ["live"] = false,
        };
    }

    private static string MissionType(ConfigRow config, Dice dice) =>
        config.Id == 43 ? "Human Exploration"
        : !config.Crewed ? "Resupply"
        : config.Id is 6 or 13 && dice.OneIn(12) ? "Tourism"
        : "Human Exploration";

    private static string MissionText(ConfigRow config, string mission, Plan plan, string target) => config.Crewed
        ? $"{mission} carries its crew to the {target}, where the {config.Name} docks, and brings them home at the end of their stay."
        : $"{mission} is a {config.Name} cargo flight to the {target}: it docks with propellant, water, air and dry cargo, and stays {(plan.Departure is null ? "until further notice" : "for the length of its mission")}.";

    /// <summary>Station flights go to low Earth orbit; LL2's data has the odd other orbit, and so does this.</summary>
    private static int Orbit(ConfigRow config, Dice dice) =>
        config.Id == 43 ? 11 : dice.OneIn(40) ? dice.Pick(OrbitIds) : 8;

    /// <summary>
    /// The operator; sometimes with the station's, or with the agency of a guest on a crewed flight
    /// (ESA, JAXA, Interkosmos, ...); sometimes none, as LL2 leaves many missions without.
    /// </summary>
    private static int[] Agencies(Plan plan, ConfigRow config, Dice dice) => dice.Below(6) switch
    {
        0 => [],
        1 when plan.Station is { } station && station.Agency != config.Agency => [config.Agency, station.Agency],
        2 when config.Crewed && plan.Station is { Partners.Length: > 0 } station => [config.Agency, dice.Pick(station.Partners)],
        _ => [config.Agency],
    };

    /// <summary>The station's program, and the configuration's own where it adds one (cargo and crew contracts, Shuttle–Mir only at Mir).</summary>
    private static int[] Programs(Plan plan, ConfigRow config)
    {
        var extra = config.Program == 26 && plan.Station?.Id != 2 ? 0 : config.Program;
        var programs = new List<int>();
        if (plan.Station is { } station)
        {
            programs.Add(station.Program);
        }

        if (extra != 0 && !programs.Contains(extra))
        {
            programs.Add(extra);
        }

        return [.. programs];
    }
}
