using System.Text.Json.Nodes;

namespace DockingGraph.Generator;

public sealed partial class DockingEventGenerator
{
    private static JsonObject Station(StationRow station) => new()
    {
        ["id"] = station.Id,
        ["url"] = Ll2Text.Url("space_stations", station.Id),
        ["name"] = station.Name,
        ["image"] = Image(station.Photo),
    };

    /// <summary>A station's port, a port on the target's configuration, or one on the target payload: as the event's plan says.</summary>
    private static JsonObject DockingLocation(Plan plan)
    {
        var station = plan.Kind == Kind.VehicleTarget || plan.Payloads?.Target is not null ? null : plan.Station;
        var payload = plan.Payloads?.Target is { } target ? Catalog.Payloads[target] : null;
        var spacecraft = plan.Pair is { } pair ? Catalog.Configs[pair.Target] : null;
        return new JsonObject
        {
            ["id"] = plan.Port,
            ["name"] = station?.Ports.Single(p => p.Id == plan.Port).Name ?? spacecraft?.Name ?? payload!.Name,
            ["spacestation"] = station is not null ? Station(station) : null,
            ["spacecraft"] = spacecraft is not null ? SpacecraftConfig(spacecraft) : null,
            ["payload"] = payload is not null ? PayloadList(payload) : null,
        };
    }

    private static JsonObject SpacecraftConfig(ConfigRow config) => new()
    {
        ["response_mode"] = "normal",
        ["id"] = config.Id,
        ["url"] = Ll2Text.Url("spacecraft_configurations", config.Id),
        ["name"] = config.Name,
        ["type"] = new JsonObject { ["id"] = config.Type, ["name"] = Catalog.SpacecraftTypes[config.Type] },
        ["agency"] = AgencyList(config.Agency),
        ["family"] = new JsonArray([.. config.Families.Select(f => (JsonNode)Family(f))]),
        ["in_use"] = config.InUse,
        ["image"] = Image(config.Photo),
    };

    private static JsonObject Family(int id)
    {
        var family = Catalog.Families[id];
        return new JsonObject
        {
            ["response_mode"] = "normal",
            ["id"] = id,
            ["name"] = family.Name,
            ["description"] = family.Description,
            ["manufacturer"] = AgencyList(family.Manufacturer),
            ["parent"] = family.Parent is { } parent
                ? new JsonObject { ["response_mode"] = "list", ["id"] = parent, ["name"] = Catalog.Families[parent].Name }
                : null,
            ["maiden_flight"] = family.MaidenFlight,
        };
    }

    private static JsonObject LauncherConfig(LauncherRow launcher) => new()
    {
        ["response_mode"] = "list",
        ["id"] = launcher.Id,
        ["url"] = Ll2Text.Url("launcher_configurations", launcher.Id),
        ["name"] = launcher.Name,
        ["families"] = new JsonArray([.. launcher.Families.Select(f => (JsonNode)new JsonObject
        {
            ["response_mode"] = "list",
            ["id"] = f,
            ["name"] = Catalog.LauncherFamilies[f],
        })]),
        ["full_name"] = launcher.FullName,
        ["variant"] = launcher.Variant,
    };

    /// <summary>A celestial body: with its launch and landing statistics under a pad's location, without under a landing location.</summary>
    private JsonObject Body(int id, bool withStatistics)
    {
        var body = Catalog.Bodies[id];
        var record = new JsonObject
        {
            ["response_mode"] = "normal",
            ["id"] = id,
            ["name"] = body.Name,
            ["type"] = new JsonObject { ["id"] = id, ["name"] = body.Type },
            ["diameter"] = body.Diameter,
            ["mass"] = body.Mass,
            ["gravity"] = body.Gravity,
            ["length_of_day"] = body.Day,
            ["atmosphere"] = body.Atmosphere,
            ["image"] = Image(body.Photo),
            ["description"] = body.Description,
            ["wiki_url"] = Wiki(body.Name),
        };
        if (withStatistics)
        {
            var dice = new Dice(seed, Salt.Place, -id);
            var (launches, launchesFailed) = (dice.Between(10, 7200), dice.Below(10));
            var (landings, landingsFailed) = (dice.Between(10, 1100), dice.Below(10));
            record["total_attempted_launches"] = launches;
            record["successful_launches"] = launches - launchesFailed;
            record["failed_launches"] = launchesFailed;
            record["total_attempted_landings"] = landings;
            record["successful_landings"] = landings - landingsFailed;
            record["failed_landings"] = landingsFailed;
        }

        return record;
    }

    /// <summary>A location: under a pad it names its celestial body, under a landing location it does not.</summary>
    private JsonObject Location(int id, bool withBody)
    {
        var location = Catalog.Locations[id];
        var dice = new Dice(seed, Salt.Place, id);
        var record = new JsonObject
        {
            ["response_mode"] = "normal",
            ["id"] = id,
            ["url"] = Ll2Text.Url("locations", id),
            ["name"] = location.Name,
        };
        if (withBody)
        {
            record["celestial_body"] = Body(location.Body, withStatistics: true);
        }

        record["active"] = location.Body == 1;
        record["country"] = CountryOrNull(location.Country);
        record["description"] = location.Description;
        record["image"] = Image(location.Photo);
        record["map_image"] = string.Create(Ll2Text.Invariant, $"{Ll2Text.Media}map_images/location_{id}_20200803142412.jpg");
        record["longitude"] = location.Longitude;
        record["latitude"] = location.Latitude;
        record["timezone_name"] = location.Timezone;
        record["total_launch_count"] = location.Body == 1 ? dice.Between(20, 1000) : dice.Between(1, 3);
        record["total_landing_count"] = location.Body == 1 ? dice.Below(60) : 0;
        return record;
    }

    private JsonObject Pad(int id)
    {
        var pad = Catalog.Pads[id];
        var location = Catalog.Locations[pad.Location];
        var dice = new Dice(seed, Salt.Place, 1_000 + id);
        var latitude = Math.Round(location.Latitude + ((id % 7) * 0.0113), 4);
        var longitude = Math.Round(location.Longitude - ((id % 5) * 0.0071), 4);
        var onEarth = location.Body == 1;
        var launches = onEarth ? dice.Between(5, 250) : 1;
        return new JsonObject
        {
            ["id"] = id,
            ["url"] = Ll2Text.Url("pads", id),
            ["active"] = onEarth && id % 4 != 0,
            ["agencies"] = new JsonArray([.. pad.Agencies.Select(a => (JsonNode)AgencyNormal(a))]),
            ["name"] = pad.Name,
            ["image"] = Image(pad.Photo),
            ["description"] = $"{pad.Name} is a launch site at {location.Name}.",
            ["info_url"] = null,
            ["wiki_url"] = Wiki(pad.Name),
            ["map_url"] = onEarth ? string.Create(Ll2Text.Invariant, $"https://www.google.com/maps?q={latitude},{longitude}") : null,
            ["latitude"] = latitude,
            ["longitude"] = longitude,
            ["country"] = CountryOrNull(location.Country),
            ["map_image"] = string.Create(Ll2Text.Invariant, $"{Ll2Text.Media}map_images/pad_{id}_20200803143458.jpg"),
            ["total_launch_count"] = launches,
            ["orbital_launch_attempt_count"] = launches,
            ["fastest_turnaround"] = onEarth ? Ll2Text.Duration(dice.Span(TimeSpan.FromDays(2), TimeSpan.FromDays(60))) : null,
            ["location"] = Location(pad.Location, withBody: true),
        };
    }

    private JsonObject LandingLocation(int id)
    {
        var place = Catalog.LandingLocations[id];
        var dice = new Dice(seed, Salt.Place, 2_000 + id);
        var failed = dice.Below(4);
        var successful = dice.Between(0, 200);
        return new JsonObject
        {
            ["id"] = id,
            ["name"] = place.Name,
            ["active"] = place.Body == 1,
            ["abbrev"] = place.Abbrev,
            ["description"] = id == 12 ? null : place.Name,
            ["location"] = place.Location is { } location ? Location(location, withBody: false) : null,
            ["longitude"] = place.Longitude,
            ["latitude"] = place.Latitude,
            ["image"] = ImageOrNull(place.Photo),
            ["successful_landings"] = successful,
            ["attempted_landings"] = successful + failed,
            ["failed_landings"] = failed,
            ["celestial_body"] = Body(place.Body, withStatistics: false),
        };
    }

    /// <summary>A program as a launch lists it.</summary>
    private static JsonObject Program(int id)
    {
        var program = Catalog.Programs[id];
        var record = ProgramHead(id, "normal");
        record["description"] = program.Description;
        record["agencies"] = new JsonArray([.. program.Agencies.Select(a => (JsonNode)AgencyList(a))]);
        record["start_date"] = program.Start;
        record["end_date"] = program.End;
        record["mission_patches"] = new JsonArray([.. Enumerable.Range(0, id % 2).Select(k => (JsonNode)MissionPatch(program, k))]);
        record["type"] = new JsonObject { ["id"] = program.Type, ["name"] = Catalog.ProgramTypes[program.Type] };
        return record;
    }

    /// <summary>A program as a payload lists it.</summary>
    private static JsonObject ProgramList(int id) => ProgramHead(id, "list");

    private static JsonObject ProgramHead(int id, string mode)
    {
        var program = Catalog.Programs[id];
        return new JsonObject
        {
            ["response_mode"] = mode,
            ["id"] = id,
            ["url"] = Ll2Text.Url("programs", id),
            ["name"] = program.Name,
            ["image"] = Image(ProgramImages + id),
            ["info_url"] = program.Info,
            ["wiki_url"] = Wiki(program.Name),
        };
    }

    private static JsonObject MissionPatch(ProgramRow program, int index) => new()
    {
        ["id"] = (program.Id * 100) + index + 1,
        ["name"] = string.Create(Ll2Text.Invariant, $"{program.Name} patch {index + 1}"),
        ["priority"] = 10 * (index + 1),
        ["image_url"] = string.Create(Ll2Text.Invariant, $"{Ll2Text.Media}mission_patches/{Ll2Text.Slug(program.Name).Replace('-', '_')}_{index + 1}_mission_patch_20230915120000.png"),
        ["agency"] = AgencyList(program.Agencies[index % program.Agencies.Length]),
        ["response_mode"] = "normal",
    };
}
