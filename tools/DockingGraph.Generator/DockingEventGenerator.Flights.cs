using System.Text.Json.Nodes;

namespace DockingGraph.Generator;

public sealed partial class DockingEventGenerator
{
    // Spacecraft of a configuration's reusable fleet are ids config * 100 + n; single-use ones start here.
    private const int SingleUseSpacecraft = 100_000;

    /// <summary>The event's chaser (normal, with its whole launch) or the mothership it docks to (no mode, its launch only named).</summary>
    private JsonObject SpacecraftFlight(Plan plan, bool target)
    {
        var slot = Slot(plan.Id, target ? 1 : 0);
        var dice = new Dice(seed, Salt.Flight, slot);
        var pair = plan.Pair;
        var config = target ? Catalog.Configs[pair!.Target] : plan.Chaser!;
        var number = pair is not null && !target && pair.Target == pair.Chaser ? plan.Number + 1 : plan.Number;
        var mission = (pair?.Mission ?? config.Mission).Replace("#", number.ToString(Ll2Text.Invariant), StringComparison.Ordinal);
        var net = plan.Docking - (target ? dice.Span(TimeSpan.FromDays(3), TimeSpan.FromDays(5))
            : pair is not null ? dice.Span(TimeSpan.FromHours(2), TimeSpan.FromHours(30))
            : dice.Span(TimeSpan.FromHours(3), TimeSpan.FromDays(3)));
        DateTime? end = target ? (plan.Departure ?? plan.Docking) + dice.Span(TimeSpan.FromDays(2), TimeSpan.FromDays(4))
            : plan.Departure + dice.Span(TimeSpan.FromHours(2), TimeSpan.FromDays(2));
        var targetName = pair is null ? plan.Station!.Name
            : string.Create(Ll2Text.Invariant, $"{pair.Mission.Replace("#", plan.Number.ToString(Ll2Text.Invariant), StringComparison.Ordinal)} {Catalog.Configs[pair.Target].Name}");
        var fleet = config.Fleet.Length > 0;
        var spacecraftId = fleet ? (config.Id * 100) + 1 + dice.Below(config.Fleet.Length) : SingleUseSpacecraft + slot;
        var record = new JsonObject
        {
            ["id"] = slot,
            ["url"] = Ll2Text.Url("spacecraft_flights", slot),
            ["destination"] = target ? (config.Id == 10 ? "Lunar Orbit" : "Low Earth Orbit") : targetName,
            ["mission_end"] = end is { } missionEnd ? Ll2Text.Timestamp(missionEnd) : null,
            ["spacecraft"] = fleet ? FleetSpacecraft(spacecraftId, config) : Spacecraft(spacecraftId, config, mission, plan, net, end),
            ["launch"] = target
                ? LaunchName(slot, $"{pair!.TargetRocket} | {mission}")
                : Launch(new LaunchSpec(slot, mission, MissionType(config, dice), MissionText(config, mission, plan, targetName), Catalog.Launchers[dice.Pick(config.Launchers)], Orbit(config, dice), Agencies(plan, config, dice), Programs(plan, config), net, end is null)),
            ["landing"] = !target && dice.OneIn(4) ? null : Landing(slot, config.Return, mission, end, dice),
            ["duration"] = end is { } finished ? Ll2Text.Duration(finished - net) : null,
            ["turn_around_time"] = fleet ? Ll2Text.Duration(dice.Span(TimeSpan.FromDays(30), TimeSpan.FromDays(400))) : null,
        };
        if (!target)
        {
            record["response_mode"] = "normal";
        }

        return record;
    }

    /// <summary>A spacecraft that flies once: what it did is this flight's.</summary>
    private static JsonObject Spacecraft(int id, ConfigRow config, string name, Plan plan, DateTime net, DateTime? end) => SpacecraftRecord(
        id,
        config,
        name,
        serial: id % 3 == 0 ? null : string.Create(Ll2Text.Invariant, $"№ {700 + (id % 300)}"),
        inSpace: end is null,
        timeInSpace: (end ?? plan.Docking) - net,
        timeDocked: (plan.Departure ?? plan.Docking) - plan.Docking,
        flights: 1,
        status: end is null ? 1 : config.Return == Return.Impact ? 3 : 4,
        description: $"{name} is a single-use {config.Name} spacecraft.",
        turnaround: null);

    /// <summary>A spacecraft of a reusable fleet: the same record under every flight it makes.</summary>
    private JsonObject FleetSpacecraft(int id, ConfigRow config)
    {
        var dice = new Dice(seed, Salt.Spacecraft, id);
        var name = config.Fleet[(id % 100) - 1];
        var flights = dice.Between(2, 39);
        var status = name.StartsWith("Columbia", StringComparison.Ordinal) || name.StartsWith("Challenger", StringComparison.Ordinal) ? 3 : config.InUse ? 1 : 2;
        return SpacecraftRecord(
            id,
            config,
            name,
            serial: name.Split(' ')[^1],
            inSpace: false,
            timeInSpace: dice.Span(TimeSpan.FromDays(20 * flights), TimeSpan.FromDays(40 * flights)),
            timeDocked: dice.Span(TimeSpan.FromDays(10 * flights), TimeSpan.FromDays(19 * flights)),
            flights: flights,
            status: status,
            description: $"{name} is a reusable {config.Name}.",
            turnaround: Ll2Text.Duration(dice.Span(TimeSpan.FromDays(30), TimeSpan.FromDays(300))));
    }

    private static JsonObject SpacecraftRecord(int id, ConfigRow config, string name, string? serial, bool inSpace, TimeSpan timeInSpace, TimeSpan timeDocked, int flights, int status, string description, string? turnaround) => new()
    {
        ["response_mode"] = "normal",
        ["id"] = id,
        ["url"] = Ll2Text.Url("spacecraft", id),
        ["name"] = name,
        ["serial_number"] = serial,
        ["is_placeholder"] = false,
        ["image"] = Image(config.Photo),
        ["in_space"] = inSpace,
        ["time_in_space"] = Ll2Text.Duration(timeInSpace),
        ["time_docked"] = Ll2Text.Duration(timeDocked),
        ["flights_count"] = flights,
        ["mission_ends_count"] = inSpace ? flights - 1 : flights,
        ["status"] = new JsonObject { ["id"] = status, ["name"] = Catalog.SpacecraftStatuses[status] },
        ["description"] = description,
        ["spacecraft_config"] = SpacecraftConfig(config),
        ["fastest_turnaround"] = turnaround,
    };

    /// <summary>The event's payload chaser (normal) or the payload it docks to (list mode, its launch only named).</summary>
    private JsonObject PayloadFlight(Plan plan, bool target)
    {
        var slot = Slot(plan.Id, target ? 3 : 2);
        var dice = new Dice(seed, Salt.Flight, slot);
        var payload = Catalog.Payloads[target ? plan.Payloads!.Target!.Value : plan.Payloads!.Chaser];
        var net = plan.Docking - (target ? dice.Span(TimeSpan.FromDays(5), TimeSpan.FromDays(40))
            : payload.Launcher == 515 ? dice.Span(TimeSpan.FromHours(3), TimeSpan.FromDays(2))
            : dice.Span(TimeSpan.FromDays(2), TimeSpan.FromDays(30)));
        var operators = new[] { payload.Operator };
        int[] programs = payload.Program == 0 ? [] : [payload.Program];
        return new JsonObject
        {
            ["response_mode"] = target ? "list" : "normal",
            ["id"] = slot,
            ["url"] = Ll2Text.Url("payload_flights", slot),
            ["destination"] = payload.Destination,
            ["amount"] = 1,
            ["payload"] = target ? PayloadList(payload) : PayloadNormal(payload),
            ["launch"] = target
                ? LaunchName(slot, $"{payload.Rocket} | {payload.Name}")
                : Launch(new LaunchSpec(slot, payload.Name, Catalog.PayloadMissionTypes[payload.Type], payload.Description, Catalog.Launchers[payload.Launcher], payload.Orbit, operators, programs, net, plan.Departure is null)),
            ["landing"] = dice.OneIn(3) ? null : Landing(slot, payload.Return, payload.Name, plan.Departure, dice),
        };
    }

    private static JsonObject PayloadList(PayloadRow payload)
    {
        var record = PayloadHead(payload, "list");
        record["manufacturer"] = AgencyList(payload.Manufacturer);
        record["operator"] = AgencyList(payload.Operator);
        record["image"] = Image(payload.Photo);
        return record;
    }

    private static JsonObject PayloadNormal(PayloadRow payload)
    {
        var record = PayloadHead(payload, "normal");
        record["manufacturer"] = AgencyNormal(payload.Manufacturer);
        record["operator"] = AgencyNormal(payload.Operator);
        record["image"] = Image(payload.Photo);
        record["wiki_link"] = Wiki(payload.Name);
        record["info_link"] = "";
        record["program"] = new JsonArray(payload.Program == 0 ? [] : [ProgramList(payload.Program)]);
        record["cost"] = payload.Cost;
        record["mass"] = payload.Mass;
        record["description"] = payload.Description;
        return record;
    }

    private static JsonObject PayloadHead(PayloadRow payload, string mode) => new()
    {
        ["response_mode"] = mode,
        ["id"] = payload.Id,
        ["name"] = payload.Name,
        ["type"] = new JsonObject { ["id"] = payload.Type, ["name"] = Catalog.PayloadTypes[payload.Type] },
    };

    /// <summary>How a flight ended, or will: the place comes with the way it returns.</summary>
    private JsonObject Landing(int slot, Return kind, string mission, DateTime? end, Dice dice)
    {
        var (type, places) = Catalog.Returns(kind);
        var (name, abbrev, description) = Catalog.LandingTypes[type];
        var attempt = type is not (7 or 10);
        var place = type == 7 && dice.OneIn(2) ? (int?)null : dice.Pick(places);
        return new JsonObject
        {
            ["id"] = slot,
            ["url"] = Ll2Text.Url("landings", slot),
            ["attempt"] = attempt,
            ["success"] = end is null || !attempt ? null : !dice.OneIn(40),
            ["description"] = (type, end) switch
            {
                (_, null) => $"{mission} will end its mission: {name} ({abbrev}).",
                (7, _) => $"The {mission} spacecraft burned up as planned upon entering Earth's atmosphere.",
                (10, _) => $"The {mission} ascent stage was deliberately crashed into the Moon.",
                _ => $"{mission} returned to {(type is 9 ? "the Moon" : "Earth")}: {name} ({abbrev}).",
            },
            ["downrange_distance"] = dice.OneIn(5) ? dice.Between(10, 6000) / 10.0 : null,
            ["landing_location"] = place is { } id ? LandingLocation(id) : null,
            ["type"] = new JsonObject { ["id"] = type, ["name"] = name, ["abbrev"] = abbrev, ["description"] = description },
        };
    }
}
